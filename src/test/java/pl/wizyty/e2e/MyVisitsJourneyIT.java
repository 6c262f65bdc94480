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
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.e2e.pages.MyVisitsPage;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/** A resident with two visits looks one up, moves it to another day, cancels the other, and finds both so later. */
@BrowserTest
class MyVisitsJourneyIT {

    /** Monday morning, before the office opens. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);

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
    private SignedInUser resident;
    private String tuesday;
    private String wednesday;

    @BeforeEach
    void twoVisitsAndAPage(Page page) {
        clock.set(NOW);
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        resident = residents.create("e2e-wizyty");
        tuesday = book(office, LocalDateTime.of(2026, 12, 8, 9, 0));
        wednesday = book(office, LocalDateTime.of(2026, 12, 9, 10, 0));
        this.page = page;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_resident_previews_moves_and_cancels_visits_and_the_changes_stay_after_a_reload() {
        page.navigate(baseUrl() + "/login");
        new LoginPage(page).signIn(resident.email(), TestData.PASSWORD);
        MyVisitsPage visits = MyVisitsPage.open(page, baseUrl());
        assertThat(visits.heading()).isEqualTo("Moje wizyty");
        assertThat(visits.card(tuesday).innerText()).contains("wtorek, 8 grudnia 2026, 09:00", "Umówiona");
        assertThat(visits.card(wednesday).innerText()).contains("środa, 9 grudnia 2026, 10:00", "Umówiona");
        visits.screenshot("my-visits-1-list");

        Locator preview = visits.openPreview(tuesday);
        assertThat(preview.innerText()).contains("Podgląd wizyty: Sprawa testowa", tuesday,
                "ul. Testowa 1, 00-001 Test", "Dowód osobisty", "Umówiono: poniedziałek, 7 grudnia 2026, 07:00",
                "Dodaj do kalendarza");
        visits.screenshot("my-visits-2-preview");
        visits.closeDialog();
        assertThat(visits.focusedText()).startsWith("Podgląd wizyty: Sprawa testowa, wtorek, 8 grudnia 2026");

        visits.changeDate(tuesday, "czwartek, 10 grudnia", "11:00");
        assertThat(visits.dialog().innerText()).contains("Obecny termin: wtorek, 8 grudnia 2026, 09:00",
                "Nowy termin: czwartek, 10 grudnia 2026, 11:00");
        visits.screenshot("my-visits-3-change-date");
        visits.confirmDialog("Zmień termin");
        assertThat(visits.status().innerText()).isEqualTo("Termin wizyty został zmieniony");
        assertThat(visits.card(tuesday).innerText()).contains("czwartek, 10 grudnia 2026, 11:00");

        visits.chooseOption(wednesday, "Odwołaj wizytę");
        assertThat(visits.dialog().innerText()).contains("Szczegóły wizyty", wednesday, "Pole nieobowiązkowe");
        visits.cancelReason().fill("Nie zdążę wrócić z delegacji");
        visits.screenshot("my-visits-4-cancel");
        visits.confirmDialog("Odwołaj wizytę");
        assertThat(visits.status().innerText()).isEqualTo("Wizyta została odwołana");
        assertThat(visits.card(wednesday).count()).isZero();
        visits.screenshot("my-visits-5-cancelled");

        page.reload();
        MyVisitsPage reloaded = new MyVisitsPage(page);
        assertThat(reloaded.card(tuesday).innerText()).contains("czwartek, 10 grudnia 2026, 11:00", "Umówiona");
        reloaded.showFilter("Odwołane");
        assertThat(reloaded.filter("Odwołane").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(reloaded.card(wednesday).innerText()).contains("Odwołana");
    }

    private String book(ScheduleFixtures.Setup office, LocalDateTime start) {
        return TestSecurity.as(resident, () -> booking.book(new BookingRequest(office.matterId(), office.officeId(),
                start.atZone(TimeConfiguration.ZONE).toInstant(), resident.email(), "", null, null)));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
