package pl.wizyty.e2e;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.util.List;

/** axe-core for a page of the portal, run the cheap way where that gives the same violations. */
final class Axe {

    private Axe() {
    }

    /**
     * An axe run of the page, for its violations (the tests read nothing else; add rules, tags and the part of the
     * page to check as with any {@link AxeBuilder}). Two things make it cheaper than a plain {@code AxeBuilder} and
     * neither changes which violations are found:
     * <ul>
     * <li>{@code resultTypes: ['violations']}: axe still runs every rule on every element, but gives full node
     * details only for violations; passes, incomplete and inapplicable results carry one example node each instead
     * of hundreds of nodes' HTML to send back and parse.</li>
     * <li>For a page without frames, {@code axe.run} in the page itself ("legacy mode"). By default axe-core's
     * Playwright binding runs axe per frame and then opens a separate blank page in a new browser context, injects
     * axe there as well and merges the frames' results in it; with one frame there is nothing to merge. A page that
     * has frames keeps the default mode, so their content is still checked.</li>
     * </ul>
     */
    static AxeBuilder on(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder(page).options(options).setLegacyMode(page.frames().size() == 1);
    }
}
