package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.ClerkDeskPage;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.e2e.pages.MyVisitsPage;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;

/**
 * A clerk's morning: signs in and lands on the desk, books for a phone caller (a new resident record), marks one visit
 * attended and one a no-show, cancels one with a reason the resident then reads, and finds all three in the report
 * and the CSV.
 */
@BrowserTest
class ClerkDeskJourneyIT {

    /** Wednesday before the office opens; the visits are at 9:00 and 10:00, the caller gets the nearest (8:00). */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 9, 7, 0);

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    BookingService booking;

    private Page page;
    private SignedInUser clerk;
    private SignedInUser anna;
    private SignedInUser jan;
    private String annasNumber;
    private String jansNumber;
    private final String caller = "Dzwoniący" + System.nanoTime() % 100_000;

    @BeforeEach
    void anOfficeWithTwoVisits(Page page) {
        clock.set(NOW);
        ScheduleFixtures.Setup office = fixtures.weekdayOffice("Wydział Spraw Obywatelskich " + caller, 1);
        clerk = residents.clerk("e2e-desk", office.officeId());
        anna = residents.create("e2e-desk-anna");
        jan = residents.create("e2e-desk-jan");
        annasNumber = book(anna, office, 9);
        jansNumber = book(jan, office, 10);
        this.page = page;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_clerk_books_for_a_caller_records_attendance_cancels_and_reports() {
        page.navigate(baseUrl() + "/login");
        new LoginPage(page).signIn(clerk.email(), TestData.PASSWORD);
        ClerkDeskPage desk = new ClerkDeskPage(page);
        assertThat(page.url()).endsWith("/biurko");
        assertThat(desk.officeShown()).startsWith("Wydział Spraw Obywatelskich");
        assertThat(desk.agendaText()).contains(annasNumber, jansNumber);

        desk.bookForNewCaller("Jadwiga", caller, "+48 602 333 444");
        assertThat(desk.count()).isEqualTo("Wizyty mieszkańca Jadwiga " + caller + ": 1");
        assertThat(desk.agendaText()).contains("Jadwiga " + caller, "+48 602 333 444", "09.12.2026 08:00");
        assertThat(desk.feedback()).startsWith("Umówiono wizytę");
        desk.screenshot("desk-1-booked-for-caller");

        clock.set(LocalDateTime.of(2026, 12, 9, 9, 5));
        page.reload();
        desk = new ClerkDeskPage(page);
        assertThat(desk.act("Odnotuj obecność: Zofia Testowa, 09:00"))
                .isEqualTo("Wizyta " + annasNumber + ": zapisano „Zakończona”.");
        assertThat(desk.act("Odnotuj nieobecność: Jadwiga " + caller + ", 08:00"))
                .endsWith("zapisano „Nieobecność”.");
        assertThat(desk.cancelWithReason("Odwołaj wizytę: Zofia Testowa, 10:00", "Awaria systemu kolejkowego"))
                .isEqualTo("Wizyta " + jansNumber + " została odwołana.");
        assertThat(desk.agendaText()).doesNotContain(jansNumber);
        desk.screenshot("desk-2-attendance-and-cancel");
        String agendaCsv = desk.downloadCsv();
        assertThat(agendaCsv).startsWith("\uFEFFData;Początek;Koniec;Stanowisko;Numer;")
                .contains(annasNumber + ";Zofia Testowa", "Jadwiga " + caller + ";+48 602 333 444");

        page.navigate(baseUrl() + "/biurko/raporty");
        new AppPage(page).waitForVaadin();
        Locator summary = page.locator("table.report-table").first();
        assertThat(summary.innerText()).contains("Umówione\t3", "Obecni\t1", "Nieobecni\t1",
                "Odwołane przez urząd\t1");
        assertThat(page.locator(".report-section").allInnerTexts().toString()).contains("Awaria systemu kolejkowego");
        String reportCsv = ClerkDeskPage.download(page, page.locator("a").filter(
                new Locator.FilterOptions().setHasText("Pobierz CSV")));
        assertThat(reportCsv).contains("Podsumowanie;;3;1;1;0;1", "Awaria systemu kolejkowego;1");
        new AppPage(page).screenshot("desk-3-report");

        new AppPage(page).signOut();
        page.navigate(baseUrl() + "/login");
        new LoginPage(page).signIn(jan.email(), TestData.PASSWORD);
        MyVisitsPage visits = MyVisitsPage.open(page, baseUrl());
        visits.showFilter("Odwołane");
        assertThat(visits.card(jansNumber).innerText()).contains("Odwołana");
        assertThat(visits.openPreview(jansNumber).innerText()).contains("Awaria systemu kolejkowego");
    }

    private String book(SignedInUser resident, ScheduleFixtures.Setup office, int hour) {
        return TestSecurity.as(resident, () -> booking.book(new BookingRequest(office.matterId(), office.officeId(),
                NOW.withHour(hour).atZone(TimeConfiguration.ZONE).toInstant(), resident.email(), "", null, null)));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
