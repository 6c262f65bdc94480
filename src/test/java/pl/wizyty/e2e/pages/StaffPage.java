package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "Pracownicy": the form for a new staff account, and the list of staff with "Edytuj" per person. */
public class StaffPage extends AppPage {

    public StaffPage(Page page) {
        super(page);
        failIfErrorPage("\"Pracownicy\"");
        button("Utwórz konto").waitFor();
    }

    public static StaffPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/admin/pracownicy");
        return new StaffPage(page);
    }

    /** Fills "Nowe konto pracownika" and presses "Utwórz konto"; fails at once with the refusal. */
    public StaffPage create(String firstName, String lastName, String email, String password, String role) {
        field("Imię").fill(firstName);
        field("Nazwisko").fill(lastName);
        field("E-mail").fill(email);
        field("Hasło początkowe").fill(password);
        page.locator("main").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(role).setExact(true))
                .check();
        button("Utwórz konto").click();
        expectSuccess("\"Utwórz konto\"", page.getByText("Utworzono konto " + email + "."),
                page.locator("main p.error-text[role=alert], main [slot=error-message]"));
        return this;
    }

    /** Finds the person by searching for their e-mail, then "Edytuj" in their row. */
    public AdminDialog edit(String email, String fullName) {
        search(email);
        button("Edytuj: " + fullName).click();
        return new AdminDialog(this, page);
    }

    /** The person's row as a screen reader gives it: each cell's text, in a YAML outline. */
    public String row(String email) {
        search(email);
        return page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(email)).first().ariaSnapshot();
    }

    /** Types into "Szukaj" and waits until the person is listed (the search waits for a pause in typing). */
    private void search(String email) {
        fillAndWaitForServer(field("Szukaj"), email);
        page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(email)).first().waitFor();
    }

    private Locator field(String label) {
        return page.locator("main").getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name)
                .setExact(true));
    }
}
