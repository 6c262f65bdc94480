package pl.wizyty.hardening;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Debian's Chromium through Playwright, headless, for the hardening tests; plus the few steps they share. */
final class HardeningBrowser implements AutoCloseable {

    static final String VAADIN_IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              return Object.values(clients).every(client => !client.isActive || !client.isActive());
            }""";

    private final Playwright playwright;
    final Browser browser;

    HardeningBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run")));
    }

    Page newPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("pl-PL")).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    static void waitForVaadin(Page page) {
        page.locator("main#main-content").waitFor();
        page.waitForFunction(VAADIN_IDLE);
    }

    static void signIn(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form").waitFor();
        page.getByLabel("E-mail").fill(email);
        page.getByLabel(Pattern.compile("^Hasło")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaloguj się")).click();
        page.locator(".sign-out").waitFor();
        waitForVaadin(page);
    }

    @Override
    public void close() {
        playwright.close();
    }
}
