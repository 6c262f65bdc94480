package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.ConfirmationLinks;
import pl.wizyty.TestData;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.CookieBannerPage;
import pl.wizyty.e2e.pages.EmailConfirmationPage;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.schedule.ScheduleFixtures;

/** A resident's first visit, in a real browser: register, sign in, find their way in both languages, sign out. */
@BrowserTest
class FoundationJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private Page page;

    /** A town hall with something to book: without one the home page says the portal is being set up. */
    @BeforeEach
    void freshPage(Page page) {
        fixtures.weekdayOffice(1);
        this.page = page;
    }

    @Test
    void a_new_resident_registers_signs_in_switches_to_english_and_signs_out() {
        page.navigate("http://localhost:" + port + "/");
        AppPage home = new AppPage(page);
        assertThat(home.htmlLang()).isEqualTo("pl");
        new CookieBannerPage(page).reject(); // the banner comes before the skip link until the visitor chooses
        String email = TestData.uniqueEmail("e2e");

        LoginPage registered = home.openRegistration().register("Zofia", "Przeglądarkowa", email, TestData.PASSWORD);
        assertThat(registered.confirmation()).startsWith("Sprawdź skrzynkę e-mail.");
        LoginPage login = EmailConfirmationPage.open(page, ConfirmationLinks.confirmationToken(jdbc, email))
                .confirm(TestData.PASSWORD);
        assertThat(login.confirmation()).isEqualTo("Adres e-mail został potwierdzony. Możesz się teraz zalogować.");

        AppPage signedIn = login.signIn(email, TestData.PASSWORD);
        assertThat(signedIn.signedInAs()).isEqualTo("Zalogowano: Zofia Przeglądarkowa");
        assertThat(signedIn.heading()).isEqualTo("Umawianie wizyt w urzędzie");
        assertThat(signedIn.textOfFirstFocusedElement()).isEqualTo("Przejdź do treści");
        assertThat(signedIn.skipLinkTarget()).isEqualTo("#main-content");
        assertThat(signedIn.footer().innerText()).contains("Polityka prywatności", "Deklaracja dostępności",
                "Gmina Aleksandrów Kujawski, ul. Słowackiego 12, 87-700 Aleksandrów Kujawski");

        AppPage english = signedIn.switchLanguage();
        assertThat(english.htmlLang()).isEqualTo("en");
        assertThat(english.heading()).isEqualTo("Book a visit at the town hall");
        assertThat(english.signedInAs()).isEqualTo("Signed in: Zofia Przeglądarkowa");
        assertThat(english.mainMenu().innerText()).contains("Book a visit", "My visits", "Help");
        assertThat(english.footer().innerText()).contains("Privacy policy", "Accessibility statement");
        english.screenshot("foundation-journey-english");
        assertThat(english.textOfFirstFocusedElement()).isEqualTo("Skip to content");

        AppPage signedOut = english.signOut();
        assertThat(signedOut.isSignedIn()).isFalse();
        assertThat(signedOut.signInLink().isVisible()).isTrue();
    }
}
