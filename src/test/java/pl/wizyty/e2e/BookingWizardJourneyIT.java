package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
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
import pl.wizyty.e2e.pages.BookingStepsPage;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;

/**
 * The booking wizard's own addresses in a real browser: every step has one ({@code umow-wizyte?sprawa=..}, then
 * {@code &dzien=..}, then {@code &godzina=..}), so the browser's Back, a reload and a link from the municipality's
 * pages land on the right step with the choices kept, and an address that no longer holds falls back to the step that
 * needs a new choice, saying why. With {@code -Dscreenshots=true} the steps are saved to
 * target/screenshots/wizard-*.png.
 */
@BrowserTest
class BookingWizardJourneyIT {

    /** Monday morning, before the office opens: the whole week is free. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    private static final String WEDNESDAY = "środa, 9 grudnia";

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
    private String officeName;
    private ScheduleFixtures.Setup office;
    private SignedInUser resident;

    @BeforeEach
    void anOfficeAResidentAndAPage(Page page) {
        clock.set(NOW);
        officeName = "Wydział Kroków " + UUID.randomUUID().toString().substring(0, 4);
        office = fixtures.weekdayOffice(officeName, 1);
        resident = residents.create("e2e-kreator");
        this.page = page;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_browsers_back_from_the_time_step_returns_to_the_day_step_with_the_day_kept() {
        signIn();
        BookingStepsPage wizard = BookingStepsPage.open(page, baseUrl(), "");
        wizard.chooseMatter(officeName, "Sprawa testowa");
        assertThat(wizard.address()).isEqualTo(Map.of("sprawa", matter()));
        wizard.chooseDay(WEDNESDAY).next();
        assertThat(wizard.stepHeadingText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(wizard.address()).isEqualTo(Map.of("sprawa", matter(), "dzien", "2026-12-09"));

        wizard.browserBack();
        assertThat(wizard.stepHeadingText()).isEqualTo("Krok 2 z 4: Wybierz dzień");
        assertThat(wizard.address()).isEqualTo(Map.of("sprawa", matter()));
        assertThat(wizard.dayValue()).isEqualTo("09.12.2026");
        assertThat(wizard.pressedChoices()).containsExactly(WEDNESDAY);
        wizard.screenshot("wizard-1-back-to-day");

        // The day is kept, not only shown: "Dalej" goes on with it without choosing it again.
        wizard.next();
        assertThat(wizard.stepHeadingText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(wizard.address()).isEqualTo(Map.of("sprawa", matter(), "dzien", "2026-12-09"));
    }

    @Test
    void a_reload_on_the_confirm_step_keeps_the_matter_the_day_and_the_time() {
        signIn();
        BookingStepsPage wizard = BookingStepsPage.open(page, baseUrl(), "?sprawa=" + office.matterId());
        wizard.chooseDay(WEDNESDAY).next().chooseTime("10:00").next();
        assertThat(wizard.stepHeadingText()).isEqualTo("Krok 4 z 4: Sprawdź i potwierdź");
        Map<String, String> address = Map.of("sprawa", matter(), "dzien", "2026-12-09", "godzina", "10:00");
        assertThat(wizard.address()).isEqualTo(address);

        BookingStepsPage reloaded = wizard.reload();
        assertThat(reloaded.stepHeadingText()).isEqualTo("Krok 4 z 4: Sprawdź i potwierdź");
        assertThat(reloaded.address()).isEqualTo(address);
        assertThat(reloaded.chosenMatter()).isEqualTo("Sprawa: Sprawa testowa (" + officeName + ")");
        assertThat(reloaded.summary()).contains("Sprawa testowa", officeName, "środa, 9 grudnia 2026", "10:00");
        reloaded.screenshot("wizard-2-reloaded-confirm");

        AppPage confirmation = reloaded.confirm();
        assertThat(confirmation.heading()).isEqualTo("Wizyta została umówiona");
        assertThat(page.locator("main").innerText()).contains("Sprawa testowa", "środa, 9 grudnia 2026", "10:00");
    }

    @Test
    void a_link_to_a_matter_opens_the_day_step_for_that_matter_after_signing_in() {
        page.navigate(baseUrl() + "/umow-wizyte?sprawa=" + office.matterId());
        new LoginPage(page).signIn(resident.email(), TestData.PASSWORD);

        BookingStepsPage wizard = new BookingStepsPage(page);
        assertThat(wizard.path()).isEqualTo("/umow-wizyte");
        // Spring Security marks the way back from signing in with "continue"; the wizard reads only its own parts.
        assertThat(wizard.address()).containsEntry("sprawa", matter()).doesNotContainKeys("dzien", "godzina");
        assertThat(wizard.stepHeadingText()).isEqualTo("Krok 2 z 4: Wybierz dzień");
        assertThat(wizard.chosenMatter()).isEqualTo("Sprawa: Sprawa testowa (" + officeName + ")");
        assertThat(wizard.error()).isEmpty();
        assertThat(wizard.offeredChoices()).contains(WEDNESDAY);
        wizard.screenshot("wizard-3-linked-matter");
    }

    @Test
    void a_time_taken_since_the_address_was_made_falls_back_to_the_time_step_with_a_message() {
        SignedInUser other = residents.create("e2e-kreator-inny");
        bookFor(other, LocalDateTime.of(2026, 12, 9, 10, 0));
        signIn();

        BookingStepsPage wizard = BookingStepsPage.open(page, baseUrl(),
                "?sprawa=" + office.matterId() + "&dzien=2026-12-09&godzina=10:00");
        assertThat(wizard.stepHeadingText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(wizard.error())
                .isEqualTo("Wybrana godzina jest już zajęta albo niedostępna. Wybierz inną godzinę.");
        // One desk: the 30-minute visit at 10:00 leaves 9:30 and 10:30 as the nearest starts.
        assertThat(wizard.offeredChoices()).contains("09:30", "10:30").doesNotContain("10:00");
        assertThat(wizard.pressedChoices()).isEmpty();
        wizard.screenshot("wizard-4-stale-time");
    }

    @Test
    void the_calendar_disables_weekends_holidays_and_closed_days_and_a_typed_saturday_says_the_office_is_closed() {
        fixtures.close(office.officeId(), null, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10));
        signIn();
        BookingStepsPage wizard = BookingStepsPage.open(page, baseUrl(), "?sprawa=" + office.matterId());

        wizard.openCalendarDays();
        Map<String, Boolean> december = wizard.calendarDaysDisabled("grudzień 2026");
        assertThat(december).containsEntry("9 grudzień 2026, środa", false)
                .containsEntry("10 grudzień 2026, czwartek", true)
                .containsEntry("12 grudzień 2026, sobota", true).containsEntry("13 grudzień 2026, niedziela", true)
                .containsEntry("25 grudzień 2026, piątek", true).containsEntry("28 grudzień 2026, poniedziałek", false)
                .containsEntry("4 grudzień 2026, piątek", true);
        wizard.screenshot("wizard-5-calendar");
        page.keyboard().press("Escape");

        wizard.typeDay("12.12.2026");
        assertThat(wizard.dayError()).startsWith("W wybranym dniu (sobota, 12 grudnia 2026) urząd jest nieczynny.");
        wizard.nextRefused();
        assertThat(wizard.stepHeadingText()).isEqualTo("Krok 2 z 4: Wybierz dzień");
        assertThat(wizard.error()).startsWith("W wybranym dniu (sobota, 12 grudnia 2026) urząd jest nieczynny.");
        wizard.screenshot("wizard-6-typed-saturday");
    }

    private void signIn() {
        page.navigate(baseUrl() + "/login");
        new LoginPage(page).signIn(resident.email(), TestData.PASSWORD);
    }

    private void bookFor(SignedInUser someone, LocalDateTime start) {
        TestSecurity.as(someone, () -> booking.book(new BookingRequest(office.matterId(), office.officeId(),
                start.atZone(TimeConfiguration.ZONE).toInstant(), someone.email(), "", null, null)));
    }

    private String matter() {
        return Long.toString(office.matterId());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
