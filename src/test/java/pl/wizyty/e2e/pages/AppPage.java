package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.regex.Pattern;

/** What every page of the portal has: the frame (skip link, header, footer) around the main content. */
public class AppPage {

    private static final String VAADIN_IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              return Object.values(clients).every(client => !client.isActive || !client.isActive());
            }""";

    /** Finite CSS animations and transitions still running anywhere in the page, shadow roots included. */
    private static final String ANIMATIONS_DONE = """
            () => document.getAnimations().every(a => a.playState !== 'running'
              || !a.effect || !Number.isFinite(a.effect.getComputedTiming().endTime))""";

    private static final String ERROR_HEADING = "Coś poszło nie tak";

    protected final Page page;

    public AppPage(Page page) {
        this.page = page;
        waitForVaadin();
    }

    /** Waits until the frame is rendered and Vaadin has no request in flight. */
    public final void waitForVaadin() {
        page.locator("main#main-content").waitFor();
        page.waitForFunction(VAADIN_IDLE);
    }

    /**
     * Fails at once, naming the screen, when the portal shows its error page ("Coś poszło nie tak") instead of it: a
     * screen that cannot be opened should not cost a test its timeout. The cause is in the server's log.
     */
    protected final void failIfErrorPage(String screen) {
        if (page.locator("main h1").count() > 0 && ERROR_HEADING.equals(heading())) {
            throw new AssertionError(screen + " (" + page.url() + ") shows the portal's error page \""
                    + ERROR_HEADING + "\" instead of the screen; the server log has the exception");
        }
    }

    /**
     * Waits until the page says the action succeeded ({@code success} shows), or fails at once with what it says
     * instead ({@code refusal}: the form's error line, a field's error message).
     */
    protected final void expectSuccess(String action, Locator success, Locator refusal) {
        page.waitForCondition(() -> success.first().isVisible() || !texts(refusal).isEmpty());
        if (!success.first().isVisible()) {
            throw new AssertionError(action + " was refused: " + texts(refusal));
        }
        waitForVaadin();
    }

    /** The non-empty texts of the elements. */
    protected static List<String> texts(Locator elements) {
        return elements.allInnerTexts().stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    /**
     * Opens a Vaadin select by its label and picks the option, as a person does with the mouse. The select's button
     * is named by its label followed by the value, once there is one.
     */
    protected final void choose(Locator within, String label, String option) {
        within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + literal(label) + "(\\s|$)"))).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        waitForVaadin();
    }

    /**
     * Types into a field that tells the server only after a pause in typing (a search, ValueChangeMode.LAZY) and
     * waits for that round trip, so that what comes next does not race the refreshed list.
     */
    protected final void fillAndWaitForServer(Locator field, String text) {
        if (text.equals(field.inputValue())) {
            return;
        }
        page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> field.fill(text));
        waitForVaadin();
    }

    /**
     * The text as a regular expression that matches it literally, in the syntax both Java and the browser read
     * (Playwright hands the pattern to JavaScript, which knows no {@code \Q...\E}).
     */
    protected static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    }

    /** Waits until no animation or transition (an overlay opening, a colour fading) is still under way. */
    public final void waitForAnimations() {
        waitForAnimations(page);
    }

    /** The same for any page, whether or not the portal's frame is on it. */
    public static void waitForAnimations(Page page) {
        page.waitForFunction(ANIMATIONS_DONE);
    }

    public String htmlLang() {
        return page.locator("html").getAttribute("lang");
    }

    public String heading() {
        return page.locator("main h1").innerText().strip();
    }

    /** Presses Tab once from the top of the page and tells what got the focus. */
    public String textOfFirstFocusedElement() {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        page.keyboard().press("Tab");
        return (String) page.evaluate("() => document.activeElement.textContent.trim()");
    }

    public String skipLinkTarget() {
        return page.locator("a.skip-link").getAttribute("href");
    }

    public Locator mainMenu() {
        return page.locator("header nav");
    }

    public Locator footer() {
        return page.locator("footer");
    }

    /** "Menu": on a screen narrow for the text size, the header's navigation and tools are behind it. */
    public Locator menuButton() {
        return page.locator("vaadin-button.app-menu-button");
    }

    /** Opens the header's menu when the header is collapsed and the menu closed; does nothing on a wide screen. */
    public AppPage openMenuIfCollapsed() {
        if (menuButton().isVisible() && !"true".equals(menuButton().getAttribute("aria-expanded"))) {
            menuButton().click();
            page.locator("#app-menu").waitFor();
            waitForVaadin();
        }
        return this;
    }

    /** Closes the header's menu when it is open. */
    public AppPage closeMenu() {
        if ("true".equals(menuButton().getAttribute("aria-expanded"))) {
            menuButton().click();
            page.waitForCondition(() -> "false".equals(menuButton().getAttribute("aria-expanded")));
            waitForVaadin();
        }
        return this;
    }

    public String signedInAs() {
        return page.locator(".app-user-name").innerText().strip();
    }

    /** Whether the header offers "Wyloguj" (on a phone it is there behind "Menu"). */
    public boolean isSignedIn() {
        return page.locator(".sign-out").count() > 0;
    }

    /** "Zaloguj się" in the header (on a phone behind "Menu"). */
    public Locator signInLink() {
        return page.locator("a.sign-in-link");
    }

    /** The language switch reloads the page in the other language. */
    public AppPage switchLanguage() {
        String before = htmlLang();
        openMenuIfCollapsed();
        page.locator("vaadin-button.language-switch").click();
        page.waitForFunction("lang => document.documentElement.lang && document.documentElement.lang !== lang",
                before);
        return new AppPage(page);
    }

    public AppPage signOut() {
        openMenuIfCollapsed();
        page.locator("vaadin-button.sign-out").click();
        signInLink().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return new AppPage(page);
    }

    public RegistrationPage openRegistration() {
        page.getByRole(AriaRole.LINK).and(page.locator(".app-user a:not(.sign-in-link)")).click();
        return new RegistrationPage(page);
    }

    /** A full-page screenshot of this step, with {@code -Dscreenshots=true} only. */
    public void screenshot(String name) {
        Screenshots.take(page, name, true);
    }
}
