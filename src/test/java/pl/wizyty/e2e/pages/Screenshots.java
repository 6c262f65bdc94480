package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Screenshots of the browser tests, in target/screenshots. The ones a test takes to show a step are taken only with
 * {@code -Dscreenshots=true}; the extension's screenshot of a failed test is always saved.
 */
public final class Screenshots {

    /** {@code -Dscreenshots=true} (passed on by failsafe) turns on the screenshots of the steps. */
    public static final boolean ENABLED = Boolean.getBoolean("screenshots");
    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** A screenshot of a step, when screenshots are on. */
    public static void take(Page page, String name, boolean fullPage) {
        if (ENABLED) {
            save(page, name, fullPage);
        }
    }

    /** Always saves the screenshot. */
    public static void save(Page page, String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(fullPage).setPath(DIRECTORY.resolve(name + ".png")));
    }
}
