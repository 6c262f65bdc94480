package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every view, in production mode (the jar, as it runs for real), under the Content-Security-Policy the edge sends:
 * the browser must report no violation, neither as a {@code securitypolicyviolation} event nor in the console.
 * Anonymous pages first, then a resident's booking steps and list, the clerk's desk and the admin's pages.
 *
 * <p>How tight it can be was found by trying: without {@code 'unsafe-eval'} in script-src no view renders (Flow's
 * client evaluates the server's JavaScript), and the bootstrap's inline script differs on every page, so it cannot be
 * allowed by a hash; inline styles are Lumo's and the components'.
 */
class ContentSecurityPolicyIT {

    private static final String PASSWORD = "Wizyty2026!";
    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':'
                    + e.lineNumber));""";

    private static AppProcess app;
    private static HardeningBrowser browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory("wizyty-csp-");
        Path log = Files.createDirectories(Path.of("target", "csp-test")).resolve("app-" + System.nanoTime() + ".log");
        app = AppProcess.start(home, log, "--spring.profiles.active=demo");
        browser = new HardeningBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.kill9();
    }

    @Test
    void no_view_breaks_the_content_security_policy() {
        Page anonymous = page();
        for (String path : List.of("/", "/login", "/rejestracja", "/pomoc", "/pomoc/lista-umowionych-wizyt",
                "/pomoc/umawianie-wizyty", "/pomoc/konto", "/polityka-prywatnosci", "/polityka-cookies",
                "/ustawienia-cookies", "/deklaracja-dostepnosci", "/nie-ma-takiej-strony")) {
            open(anonymous, path);
        }
        open(anonymous, "/");
        anonymous.locator("section.cookie-banner").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Akceptuję cookies")).click();
        settle(anonymous, "/ (cookie banner)");

        Page resident = page();
        HardeningBrowser.signIn(resident, app.baseUrl(), "jan.kowalski@example.pl", PASSWORD);
        settle(resident, "sign-in");
        open(resident, "/umow-wizyte");
        resident.locator(".booking-office vaadin-radio-button").first().click();
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej").setExact(true)).click();
        settle(resident, "/umow-wizyte (day step)");
        var days = resident.locator(".booking-choices vaadin-button:visible");
        if (days.count() > 0) {
            days.last().click();
            settle(resident, "/umow-wizyte (time step)");
        }
        open(resident, "/moje-wizyty");
        var preview = resident.locator(".my-visits-grid vaadin-button").first();
        if (preview.count() > 0) {
            preview.click();
            settle(resident, "/moje-wizyty (dialog)");
        }

        Page clerk = page();
        HardeningBrowser.signIn(clerk, app.baseUrl(), "urzednik@example.pl", PASSWORD);
        open(clerk, "/biurko");

        Page admin = page();
        HardeningBrowser.signIn(admin, app.baseUrl(), "admin@example.pl", PASSWORD);
        open(admin, "/admin/pracownicy");
        open(admin, "/admin/dziennik");

        assertThat(violations).as("CSP violations reported by the browser").isEmpty();
    }

    private Page page() {
        Page page = browser.newPage();
        page.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (Pattern.compile("Content Security Policy|Refused to", Pattern.CASE_INSENSITIVE)
                    .matcher(message.text()).find()) {
                violations.add(page.url() + " console: " + message.text());
            }
        });
        return page;
    }

    private void open(Page page, String path) {
        String policy = page.navigate(app.baseUrl() + path).headerValue("content-security-policy");
        assertThat(policy).as("the policy on %s", path).contains("default-src 'self'", "frame-ancestors 'none'");
        settle(page, path);
    }

    @SuppressWarnings("unchecked")
    private void settle(Page page, String where) {
        HardeningBrowser.waitForVaadin(page);
        // A violation is reported as an event after the blocked load or script: wait until the network is quiet
        // and two frames have been drawn, so every report of this page is in.
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        for (Object violation : (List<Object>) page.evaluate("() => window.__cspViolations || []")) {
            violations.add(where + ": " + violation);
        }
        page.evaluate("() => { window.__cspViolations = []; }");
    }
}
