package pl.wizyty.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One test's share of the shared browser: the browser contexts (fresh profiles) it opened, all closed when the
 * test ends. {@link #page()} is the default page, 1280×900 in Polish; {@link #newPage} opens another profile with
 * options of the test's own.
 */
public final class BrowserSession implements AutoCloseable {

    private static final double DEFAULT_TIMEOUT_MS = 30_000;

    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page defaultPage;
    boolean failureRecorded;

    BrowserSession(Browser browser) {
        this.browser = browser;
    }

    /** The options of the default page: what a desktop visitor in Poland has. */
    public static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("pl-PL");
    }

    /** The test's default page, in a context of its own, opened on first use. */
    public Page page() {
        if (defaultPage == null) {
            defaultPage = newPage(desktop());
        }
        return defaultPage;
    }

    /** The default page's browser context (its cookies). */
    public BrowserContext context() {
        return page().context();
    }

    /** A page in a new, empty browser context; closed with the session unless the test closes it earlier. */
    public Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
        return page;
    }

    /** The most recently opened page that is still open: what the test was looking at. */
    Optional<Page> lastOpenPage() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            List<Page> pages = contexts.get(i).pages();
            for (int j = pages.size() - 1; j >= 0; j--) {
                if (!pages.get(j).isClosed()) {
                    return Optional.of(pages.get(j));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        contexts.clear();
        defaultPage = null;
        if (failure != null) {
            throw failure;
        }
    }
}
