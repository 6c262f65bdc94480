package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An admin list ("Wydziały", "Sprawy", "Stanowiska"): search, "Dodaj ...", and the rows with their "Edytuj" button,
 * each in the form dialog.
 */
public class AdminListPage extends AppPage {

    public AdminListPage(Page page, String heading) {
        super(page);
        failIfErrorPage("\"" + heading + "\"");
        page.locator(".admin-list").waitFor();
    }

    /** Opens the screen at its route, e.g. "admin/wydzialy", and checks it is the one with that heading. */
    public static AdminListPage open(Page page, String baseUrl, String route, String heading) {
        page.navigate(baseUrl + "/" + route);
        AdminListPage screen = new AdminListPage(page, heading);
        if (!heading.equals(screen.heading())) {
            throw new AssertionError(route + " shows \"" + screen.heading() + "\", not \"" + heading + "\"");
        }
        return screen;
    }

    /** "Dodaj wydział", "Dodaj sprawę", ...: the empty form. */
    public AdminDialog add(String button) {
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)
                .setExact(true)).click();
        return new AdminDialog(this, page);
    }

    /** Finds the row by searching for its name, then "Edytuj" in it. */
    public AdminDialog edit(String name) {
        search(name);
        editButton(name).click();
        return new AdminDialog(this, page);
    }

    /** The row of that name as a screen reader gives it: each cell's text, in a YAML outline. */
    public String row(String name) {
        search(name);
        return page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(name)).first().ariaSnapshot();
    }

    /** Types into "Szukaj" and waits until the row with that name is listed (the search waits for a pause). */
    private void search(String name) {
        fillAndWaitForServer(page.locator("main").getByLabel("Szukaj", new Locator.GetByLabelOptions()
                .setExact(true)), name);
        editButton(name).waitFor();
    }

    private Locator editButton(String name) {
        return page.locator("main").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Edytuj: " + name).setExact(true));
    }
}
