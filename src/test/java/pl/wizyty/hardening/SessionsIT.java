package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.account.AccountService;
import pl.wizyty.security.AccountSessions;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/**
 * Sessions in a real browser: an open tab's heartbeats do not keep a session alive, a session ends at its absolute
 * lifetime however busy, and disabling an account or changing its password ends its sessions at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionsIT {

    private static HardeningBrowser browser;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accountService;
    @Autowired
    Residents residents;
    @Autowired
    AccountSessions sessions;
    @Autowired
    MutableClock clock;

    @BeforeAll
    static void openBrowser() {
        browser = new HardeningBrowser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void an_open_tab_sending_only_heartbeats_is_signed_out_after_the_idle_time() {
        String email = TestData.uniqueEmail("bezczynny");
        long id = residents.register(TestData.newAccount(email));
        Page tab = signedIn(email);
        HttpSession session = sessions.of(id).getFirst();
        session.setMaxInactiveInterval(3); // the idle time, shortened from 30 minutes for this one session
        Object uiId = tab.evaluate("() => Object.values(window.Vaadin.Flow.clients).find(c => c.getUIId).getUIId()");

        List<Object> answers = new ArrayList<>();
        // Heartbeats once a second, as an open tab sends them, until the session is gone (or 15 s have passed).
        await("the session closed although heartbeats kept coming").atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    answers.add(tab.evaluate("id => fetch('/?v-r=heartbeat&v-uiId=' + id, {method: 'POST'})"
                            + ".then(response => response.status)", uiId));
                    return sessions.of(id).isEmpty();
                });

        assertThat(answers.getFirst()).as("the first heartbeat finds the session").isEqualTo(200);
        assertThat(answers).as("heartbeats sent before the session closed").hasSizeGreaterThanOrEqualTo(2);
        assertSentToSignIn(tab);
    }

    @Test
    void a_session_ends_at_its_absolute_lifetime_however_busy() {
        String email = TestData.uniqueEmail("dlugi");
        residents.register(TestData.newAccount(email));
        Page tab = signedIn(email);

        clock.set(Instant.now().plus(Duration.ofHours(11)).plus(Duration.ofMinutes(58)));
        tab.navigate(url("/moje-wizyty"));
        HardeningBrowser.waitForVaadin(tab);
        assertThat(tab.url()).as("before 12 hours").endsWith("/moje-wizyty");

        clock.set(Instant.now().plus(Duration.ofHours(12)).plus(Duration.ofMinutes(1)));
        assertSentToSignIn(tab);
    }

    @Test
    void disabling_an_account_ends_every_session_of_it_at_once() {
        String email = TestData.uniqueEmail("wylaczony");
        long id = residents.register(TestData.newAccount(email));
        Page laptop = signedIn(email);
        Page phone = signedIn(email);
        assertThat(sessions.of(id)).hasSize(2);

        asAdmin(() -> accountService.disable(id));

        assertThat(sessions.of(id)).isEmpty();
        assertSentToSignIn(laptop);
        assertSentToSignIn(phone);
    }

    @Test
    void changing_the_password_ends_the_other_sessions_and_keeps_the_one_in_use() {
        String email = TestData.uniqueEmail("nowehaslo");
        long id = residents.register(TestData.newAccount(email));
        Page inUse = signedIn(email);
        String inUseSession = sessions.of(id).getFirst().getId();
        Page other = signedIn(email);
        SignedInUser me = new SignedInUser(id, email, "Zofia Testowa", Roles.RESIDENT, "", true);

        TestSecurity.as(me, () -> {
            accountService.changeMyPassword(TestData.PASSWORD, "Nowe-Haslo-Zofii-9", inUseSession);
            return null;
        });

        assertSentToSignIn(other);
        inUse.navigate(url("/moje-wizyty"));
        HardeningBrowser.waitForVaadin(inUse);
        assertThat(inUse.url()).endsWith("/moje-wizyty");
    }

    private Page signedIn(String email) {
        Page page = browser.newPage();
        HardeningBrowser.signIn(page, url(""), email, TestData.PASSWORD);
        page.navigate(url("/moje-wizyty"));
        HardeningBrowser.waitForVaadin(page);
        assertThat(page.url()).endsWith("/moje-wizyty");
        return page;
    }

    private void assertSentToSignIn(Page page) {
        page.navigate(url("/moje-wizyty"));
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.url()).endsWith("/login");
    }

    private static void asAdmin(Runnable action) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_" + Roles.ADMIN));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
