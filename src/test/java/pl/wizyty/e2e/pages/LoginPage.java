package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.regex.Pattern;

/** "Zaloguj się" ("Sign in" in English): Vaadin's login form, posted to Spring Security. */
public class LoginPage extends AppPage {

    public LoginPage(Page page) {
        super(page);
        page.locator("vaadin-login-form").waitFor();
    }

    public String confirmation() {
        return page.locator(".success-text").innerText().strip();
    }

    public AppPage signIn(String email, String password) {
        page.getByLabel("E-mail").fill(email);
        boolean english = "en".equals(htmlLang());
        page.getByLabel(Pattern.compile(english ? "^Password" : "^Hasło")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(english ? "Sign in" : "Zaloguj się"))
                .click();
        // Attached rather than visible: on a phone "Wyloguj" is behind the header's "Menu".
        page.locator(".sign-out").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return new AppPage(page);
    }
}
