package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** "Moje wizyty": the filters, one card per visit, and the preview, change-of-date and cancel dialogs. */
public class MyVisitsPage extends AppPage {

    public MyVisitsPage(Page page) {
        super(page);
        page.locator(".my-visits").waitFor();
    }

    public static MyVisitsPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/moje-wizyty");
        return new MyVisitsPage(page);
    }

    /** The card of the visit with this booking number. */
    /** The visible card of a visit; the grid keeps rows it no longer shows in the page, hidden. */
    public Locator card(String bookingNumber) {
        return page.locator(".visit-card:visible").filter(new Locator.FilterOptions().setHasText(bookingNumber));
    }

    public void showFilter(String name) {
        button(page.locator(".my-visits-filters"), name).click();
        waitForVaadin();
    }

    public Locator filter(String name) {
        return button(page.locator(".my-visits-filters"), name);
    }

    /** Opens "Podgląd" of the card and returns the dialog. */
    public Locator openPreview(String bookingNumber) {
        card(bookingNumber).locator(".visit-card-preview").click();
        return dialog();
    }

    /**
     * "Zamknij", then waits until the dialog has closed completely: hidden, its closing animation over, and the focus
     * given back to the page (Vaadin returns it only when the animation ends).
     */
    public void closeDialog() {
        button(dialog(), "Zamknij").first().click();
        dialog().waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        page.waitForFunction("() => !document.querySelector('vaadin-dialog[opened]')");
        waitForAnimations();
        page.waitForFunction("() => !(document.activeElement"
                + " && document.activeElement.closest('vaadin-dialog, vaadin-dialog-overlay'))");
        waitForVaadin();
    }

    /** "Więcej opcji", then one of its items, by keyboard-accessible roles. */
    public Locator chooseOption(String bookingNumber, String option) {
        card(bookingNumber).getByRole(AriaRole.MENUITEM,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Więcej opcji: "))).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        return dialog();
    }

    public void changeDate(String bookingNumber, String dayShortcut, String time) {
        Locator dialog = chooseOption(bookingNumber, "Zmień termin");
        button(dialog.locator(".slot-picker"), dayShortcut).click();
        waitForVaadin();
        BookingStepsPage.chooseTime(dialog.locator(".slot-picker .booking-times"), time);
        waitForVaadin();
    }

    public void confirmDialog(String buttonName) {
        button(dialog(), buttonName).click();
        waitForVaadin();
    }

    public Locator cancelReason() {
        return dialog().getByLabel("Powód anulowania wizyty");
    }

    public Locator dialog() {
        return page.getByRole(AriaRole.DIALOG);
    }

    /** The live region that says what just happened. */
    public Locator status() {
        return page.locator(".my-visits p[role=status]");
    }

    public String focusedText() {
        return (String) page.evaluate("() => { let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                + " return (e.getAttribute('aria-label') || e.textContent || '').trim(); }");
    }

    private static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
