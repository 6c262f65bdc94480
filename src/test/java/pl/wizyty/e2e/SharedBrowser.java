package pl.wizyty.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import pl.wizyty.e2e.pages.Screenshots;

/**
 * One Chromium for the whole test JVM, and for each test a fresh {@link BrowserSession} (its own browser contexts,
 * so cookies and storage never leak from one test to the next), closed after the test.
 * <p>
 * The browser lives in the root store as an {@link AutoCloseable}, which JUnit closes when the test run ends.
 * Test and lifecycle methods get the session, its default {@link Page} or that page's {@link BrowserContext} as
 * parameters. Playwright objects are not thread-safe; browser tests run one after another.
 * <p>
 * When a test fails, the page it was on is saved to {@code target/screenshots/failed-<TestClass>-<method>.png}.
 */
public final class SharedBrowser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(SharedBrowser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(BrowserSession.class, new BrowserSession(browser(context)));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            screenshotOfFailure(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserSession session = context.getStore(NAMESPACE).remove(BrowserSession.class, BrowserSession.class);
        if (session == null) {
            return;
        }
        // A failure in a @BeforeEach method never reaches afterTestExecution.
        if (context.getExecutionException().isPresent() && !session.failureRecorded) {
            screenshotOfFailure(context, session);
        }
        session.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BrowserSession.class || type == Page.class || type == BrowserContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BrowserSession session = session(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Page.class) {
            return session.page();
        }
        if (type == BrowserContext.class) {
            return session.context();
        }
        return session;
    }

    private static BrowserSession session(ExtensionContext context) {
        BrowserSession session = context.getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
        if (session == null) {
            throw new IllegalStateException("A browser session exists only around a test method: ask for it in a test"
                    + " or @BeforeEach method, not in @BeforeAll");
        }
        return session;
    }

    private static void screenshotOfFailure(ExtensionContext context) {
        BrowserSession session = context.getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
        if (session != null) {
            screenshotOfFailure(context, session);
        }
    }

    private static void screenshotOfFailure(ExtensionContext context, BrowserSession session) {
        session.failureRecorded = true;
        session.lastOpenPage().ifPresent(page -> {
            String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getTestMethod().map(m -> m.getName()).orElse("setup");
            try {
                Screenshots.save(page, name, true);
            } catch (RuntimeException e) {
                // The test's own failure is what matters; a page that cannot be captured must not hide it.
                context.getExecutionException().ifPresent(failure -> failure.addSuppressed(e));
            }
        });
    }

    /** The one browser of this JVM, launched on first use. */
    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, type -> Chromium.launch(), Chromium.class).browser;
    }

    /** Playwright's driver and Debian's Chromium, with the options every browser test has always used. */
    private record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static Chromium launch() {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update", "--no-first-run")));
                return new Chromium(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            playwright.close();
        }
    }
}
