package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * "Zamknięcia": which office, from which day, why; "Sprawdź i zapisz" lists the booked visits it hits and offers
 * "Odwołaj wizyty".
 */
public class ClosuresPage extends AppPage {

    public ClosuresPage(Page page) {
        super(page);
        failIfErrorPage("\"Zamknięcia\"");
        button("Sprawdź i zapisz").waitFor();
    }

    public static ClosuresPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/admin/zamkniecia");
        return new ClosuresPage(page);
    }

    public ClosuresPage chooseOffice(String name) {
        choose(page.locator("main"), "Wydział", name);
        return this;
    }

    /** Types the day as a person would, e.g. "08.12.2026", and confirms it with Enter. */
    public ClosuresPage firstDay(String day) {
        Locator field = page.locator("main").getByLabel("Pierwszy dzień", new Locator.GetByLabelOptions()
                .setExact(true));
        field.fill(day);
        field.press("Enter");
        waitForVaadin();
        return this;
    }

    public ClosuresPage reason(String reason) {
        page.locator("main").getByLabel("Powód", new Locator.GetByLabelOptions().setExact(true)).fill(reason);
        return this;
    }

    /** "Sprawdź i zapisz": what it says about the visits hit (or that it saved the closure). */
    public String check() {
        button("Sprawdź i zapisz").click();
        expectSuccess("\"Sprawdź i zapisz\"", status().filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\S"))), refusal());
        return status().innerText().strip();
    }

    /** The row of the visit with this booking number in the list of visits the closure hits. */
    public String affectedVisit(String bookingNumber) {
        return page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName("Wizyty w czasie zamknięcia"))
                .getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(bookingNumber)).ariaSnapshot();
    }

    /** "Odwołaj wizyty": cancels the visits hit with the reason and saves the closure; what it then says. */
    public String cancelVisits() {
        button("Odwołaj wizyty").click();
        expectSuccess("\"Odwołaj wizyty\"", status().filter(new Locator.FilterOptions()
                .setHasText("Zapisano zamknięcie")), refusal());
        return status().innerText().strip();
    }

    private Locator status() {
        return page.locator("main p[role=status]");
    }

    private Locator refusal() {
        return page.locator("main p.error-text[role=alert], main [slot=error-message]");
    }

    private Locator button(String name) {
        return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name)
                .setExact(true));
    }
}
