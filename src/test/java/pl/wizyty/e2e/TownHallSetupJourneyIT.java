package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wizyty.ConfirmationLinks;
import pl.wizyty.MutableClock;
import pl.wizyty.TestData;
import pl.wizyty.e2e.pages.AdminListPage;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.BookingConfirmationPage;
import pl.wizyty.e2e.pages.BookingStepsPage;
import pl.wizyty.e2e.pages.ClosuresPage;
import pl.wizyty.e2e.pages.EmailConfirmationPage;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.e2e.pages.MyVisitsPage;
import pl.wizyty.e2e.pages.OpeningHoursPage;
import pl.wizyty.e2e.pages.RegistrationPage;
import pl.wizyty.e2e.pages.StaffPage;

/**
 * A town hall goes live without demo data: the first administrator (from {@code wizyty.admin.email/password}, which
 * {@code WIZYTY_ADMIN_EMAIL/WIZYTY_ADMIN_PASSWORD} set in production) signs in and sets up an office, a matter, a desk
 * serving it, opening hours and a clerk for the office, all in the admin screens; a new resident registers and books
 * the matter; the admin closes the office on that day and cancels the visit; the resident finds it cancelled by the
 * office, with the reason. The admin and the resident use browsers of their own. Names carry a random part, so a
 * rerun on the same database does not collide. With {@code -Dscreenshots=true} the steps are saved to
 * target/screenshots/setup-*.png.
 */
@BrowserTest
class TownHallSetupJourneyIT {

    /** Monday morning: the visit is booked for Tuesday, and the office is closed on that Tuesday. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    private static final String REASON = "Awaria zasilania w budynku";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${wizyty.admin.email}")
    String adminEmail;
    @Value("${wizyty.admin.password}")
    String adminPassword;

    private final String suffix = UUID.randomUUID().toString().substring(0, 4);
    private final String office = "Wydział Spraw Obywatelskich " + suffix;
    private final String matter = "Dowód osobisty " + suffix;
    private final String desk = "Stanowisko 1 " + suffix;
    private final String clerkEmail = TestData.uniqueEmail("urzednik");
    private final String clerkName = "Ewa Kowalska-" + suffix;

    @BeforeEach
    void mondayMorning() {
        clock.set(NOW);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_first_admin_sets_up_an_office_a_resident_books_it_and_a_closure_cancels_the_visit_with_the_reason(
            BrowserSession browser) {
        Page admin = browser.page();
        signInAsFirstAdmin(admin);
        setUpTheOffice(admin);

        Page resident = browser.newPage(BrowserSession.desktop());
        String visit = registerAndBook(resident);

        closeTheOfficeOnTuesday(admin, visit);

        MyVisitsPage visits = MyVisitsPage.open(resident, baseUrl());
        assertThat(visits.card(visit).count()).isZero();
        visits.showFilter("Odwołane");
        assertThat(visits.card(visit).innerText()).contains("wtorek, 8 grudnia 2026, 09:00", matter, "Odwołana");
        assertThat(visits.openPreview(visit).innerText()).contains("Powód odwołania", REASON,
                "przez: urząd, powód: " + REASON);
        visits.screenshot("setup-7-cancelled-by-the-office");
    }

    private void signInAsFirstAdmin(Page admin) {
        admin.navigate(baseUrl() + "/login");
        AppPage signedIn = new LoginPage(admin).signIn(adminEmail, adminPassword);
        assertThat(signedIn.signedInAs()).isEqualTo("Zalogowano: Administrator Portalu");
    }

    /** Office, matter (not yet online: no desk serves it), desk, hours, the matter online, a clerk. */
    private void setUpTheOffice(Page admin) {
        AdminListPage offices = AdminListPage.open(admin, baseUrl(), "admin/wydzialy", "Wydziały");
        offices.add("Dodaj wydział").fill("Nazwa", office).fill("Adres", "ul. Słowackiego 12, 87-700 Aleksandrów")
                .fill("Pokój", "pok. 12").fill("Siatka terminów (min)", "15").save();
        assertThat(offices.row(office)).contains("pok. 12", "15 min", "Aktywny");
        offices.screenshot("setup-1-office");

        AdminListPage matters = AdminListPage.open(admin, baseUrl(), "admin/sprawy", "Sprawy");
        var newMatter = matters.add("Dodaj sprawę").choose("Wydział", office).fill("Nazwa", matter)
                .fill("Czas wizyty (min)", "30").fill("Minimalne wyprzedzenie (godz.)", "24")
                .fill("Ile dni naprzód można umawiać", "30").check("Można umówić przez internet", true);
        List<String> refusal = newMatter.saveRefused();
        assertThat(refusal).singleElement().asString().startsWith("Żadne stanowisko nie obsługuje tej sprawy.");
        newMatter.check("Można umówić przez internet", false).save();
        assertThat(matters.row(matter)).contains(office, "30 min", "Nie");

        AdminListPage desks = AdminListPage.open(admin, baseUrl(), "admin/stanowiska", "Stanowiska");
        desks.add("Dodaj stanowisko").choose("Wydział", office).fill("Nazwa", desk).check(matter, true).save();
        desks.screenshot("setup-2-desk");

        OpeningHoursPage hours = OpeningHoursPage.open(admin, baseUrl()).chooseOffice(office);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.hours(day, "8:00–15:00");
        }
        hours.save(office);
        hours.screenshot("setup-3-hours");

        matters = AdminListPage.open(admin, baseUrl(), "admin/sprawy", "Sprawy");
        matters.edit(matter).check("Można umówić przez internet", true).save();
        assertThat(matters.row(matter)).contains(office, "Tak");

        StaffPage staff = StaffPage.open(admin, baseUrl()).create("Ewa", "Kowalska-" + suffix, clerkEmail,
                TestData.PASSWORD, "Urzędnik");
        staff.edit(clerkEmail, clerkName).check(office, true).save();
        assertThat(staff.row(clerkEmail)).contains(clerkName, "Urzędnik", office, "Aktywne");
        staff.screenshot("setup-4-clerk");
    }

    /** A new resident registers, signs in and books the matter for Tuesday 9:00. */
    private String registerAndBook(Page resident) {
        String email = TestData.uniqueEmail("mieszkanka");
        resident.navigate(baseUrl() + "/rejestracja");
        new RegistrationPage(resident).register("Anna", "Mieszkańska", email, TestData.PASSWORD);
        EmailConfirmationPage.open(resident, ConfirmationLinks.confirmationToken(jdbc, email)).confirm(TestData.PASSWORD)
                .signIn(email, TestData.PASSWORD);
        BookingStepsPage wizard = BookingStepsPage.open(resident, baseUrl(), "").chooseMatter(office, matter)
                .chooseDay("wtorek, 8 grudnia").next().chooseTime("09:00").next();
        assertThat(wizard.summary()).contains(matter, office, "wtorek, 8 grudnia 2026", "09:00");
        BookingConfirmationPage booked = wizard.confirm();
        assertThat(booked.heading()).isEqualTo("Wizyta została umówiona");
        booked.screenshot("setup-5-booked");
        return booked.bookingNumber();
    }

    private void closeTheOfficeOnTuesday(Page admin, String visit) {
        ClosuresPage closures = ClosuresPage.open(admin, baseUrl()).chooseOffice(office).firstDay("08.12.2026")
                .reason(REASON);
        assertThat(closures.check()).startsWith("W tym czasie umówiono wizyt: 1.");
        assertThat(closures.affectedVisit(visit)).contains("wtorek, 8 grudnia 2026, 09:00", matter,
                "Anna Mieszkańska");
        closures.screenshot("setup-6-closure");
        assertThat(closures.cancelVisits()).isEqualTo("Zapisano zamknięcie i odwołano wizyty: 1.");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
