package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** "Załóż konto": the resident's registration form. */
public class RegistrationPage extends AppPage {

    public RegistrationPage(Page page) {
        super(page);
        page.locator("vaadin-email-field").waitFor();
    }

    public LoginPage register(String firstName, String lastName, String email, String password) {
        page.getByLabel("Imię").fill(firstName);
        page.getByLabel("Nazwisko").fill(lastName);
        page.getByLabel("E-mail").fill(email);
        page.getByLabel(Pattern.compile("^Hasło")).fill(password);
        page.getByLabel("Powtórz hasło").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Załóż konto")).click();
        page.waitForURL(Pattern.compile(".*/login\\?registered.*"));
        return new LoginPage(page);
    }
}
