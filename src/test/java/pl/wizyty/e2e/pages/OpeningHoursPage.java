package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.util.Locale;

/** "Godziny otwarcia": an office, one field per weekday ("8:00–15:00", empty: closed), "Zapisz". */
public class OpeningHoursPage extends AppPage {

    public OpeningHoursPage(Page page) {
        super(page);
        failIfErrorPage("\"Godziny otwarcia\"");
        page.locator("#hours-monday").waitFor();
    }

    public static OpeningHoursPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/admin/godziny-otwarcia");
        return new OpeningHoursPage(page);
    }

    /** Picks the office; its hours in force from "Obowiązują od" fill the fields. */
    public OpeningHoursPage chooseOffice(String name) {
        choose(page.locator("main"), "Wydział", name);
        return this;
    }

    public OpeningHoursPage hours(DayOfWeek day, String intervals) {
        page.locator("#hours-" + day.name().toLowerCase(Locale.ROOT) + " input").fill(intervals);
        return this;
    }

    /** "Zapisz"; fails at once with the refusal when the hours are not saved. */
    public OpeningHoursPage save(String office) {
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zapisz")
                .setExact(true)).click();
        expectSuccess("Saving the opening hours", page.getByText("Zapisano godziny otwarcia: " + office),
                page.locator("main p.error-text[role=alert], main [slot=error-message]"));
        return this;
    }
}
