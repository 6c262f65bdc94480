package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.BookingConfirmationPage;
import pl.wizyty.e2e.pages.BookingStepsPage;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/**
 * A visitor whose browser asks for English: the portal opens in English without being asked, the wizard names the
 * matter and office as the admin wrote them in English, the date picker's calendar speaks English and the dates
 * read the English way; switching to Polish in the portal wins over the browser from then on. With
 * {@code -Dscreenshots=true} the steps are saved to target/screenshots/english-*.png.
 */
@BrowserTest
class EnglishJourneyIT {

    /** Monday morning, before the office opens: the whole week is free. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;

    private Page page;
    private String officeName;
    private String matterName;
    private SignedInUser resident;

    @BeforeEach
    void anOfficeDescribedInEnglishAndAnEnglishBrowser(BrowserSession browser) {
        clock.set(NOW);
        String unique = UUID.randomUUID().toString().substring(0, 4);
        ScheduleFixtures.Setup office = fixtures.weekdayOffice("Wydział Angielski " + unique, 1);
        officeName = "English Department " + unique;
        matterName = "Residence registration";
        fixtures.inEnglish(office, officeName, matterName);
        resident = residents.create("e2e-english");
        page = browser.newPage(BrowserSession.desktop().setLocale("en-GB"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void an_english_browser_books_in_english_with_an_english_calendar_and_a_polish_choice_wins_afterwards() {
        page.navigate(baseUrl() + "/login");
        LoginPage login = new LoginPage(page);
        assertThat(login.htmlLang()).isEqualTo("en");
        assertThat(login.heading()).isEqualTo("Sign in");
        login.signIn(resident.email(), TestData.PASSWORD);

        BookingStepsPage wizard = BookingStepsPage.open(page, baseUrl(), "");
        assertThat(wizard.stepHeadingText()).isEqualTo("Step 1 of 4: Choose the matter");
        wizard.screenshot("english-1-matter");
        wizard.chooseMatter(officeName, matterName);
        assertThat(wizard.chosenMatter()).isEqualTo("Matter: " + matterName + " (" + officeName + ")");

        BookingStepsPage.Calendar calendar = wizard.openCalendar();
        wizard.screenshot("english-2-calendar");
        assertThat(calendar.monthHeadings()).contains("December 2026");
        assertThat(calendar.monthHeadings()).noneMatch(heading -> heading.contains("grudzień"));
        assertThat(calendar.weekdays()).startsWith("Mon", "Tue");
        wizard.closeCalendar();

        wizard.chooseDay("Wednesday, 9 December");
        assertThat(wizard.dayValue()).isEqualTo("09/12/2026");
        wizard.next().chooseTime("10:00").next();
        assertThat(wizard.summary()).contains(matterName, officeName, "room 1", "Wednesday, 9 December 2026",
                "ID card");
        wizard.screenshot("english-3-summary");

        BookingConfirmationPage confirmation = wizard.confirm();
        assertThat(confirmation.heading()).isEqualTo("Your visit has been booked");
        assertThat(confirmation.details()).contains(matterName, "Wednesday, 9 December 2026", officeName);

        AppPage polish = confirmation.switchLanguage();
        assertThat(polish.htmlLang()).isEqualTo("pl");
        page.navigate(baseUrl() + "/umow-wizyte");
        BookingStepsPage again = new BookingStepsPage(page);
        assertThat(again.htmlLang()).as("the choice made in the portal wins over the browser's English")
                .isEqualTo("pl");
        assertThat(again.stepHeadingText()).isEqualTo("Krok 1 z 4: Wybierz sprawę");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
