package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "Ustawienia cookies": a switch per optional category and the three ways to save. */
public class CookieSettingsPage extends AppPage {

    public CookieSettingsPage(Page page) {
        super(page);
        page.locator("main .cookie-settings").waitFor();
    }

    public Locator allowSwitch(String label) {
        return page.getByLabel(label);
    }

    public CookieSettingsPage setAllowed(String label, boolean allowed) {
        allowSwitch(label).setChecked(allowed);
        return this;
    }

    public boolean isAllowed(String label) {
        return allowSwitch(label).isChecked();
    }

    public CookieSettingsPage save() {
        return press("Zapisz moje wybory");
    }

    public CookieSettingsPage press(String button) {
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true))
                .click();
        confirmation().waitFor();
        waitForVaadin();
        return this;
    }

    public Locator confirmation() {
        return page.locator(".cookie-settings-confirmation");
    }

    public String alwaysOn() {
        return page.locator(".cookie-always-on").innerText().strip();
    }
}
