package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;

/** "Potwierdź adres e-mail": the page the link after registration opens. */
public class EmailConfirmationPage extends AppPage {

    public EmailConfirmationPage(Page page) {
        super(page);
        page.locator(".email-confirmation-view").waitFor();
    }

    /** Opens the link of the confirmation e-mail (its token) on the server the page is on. */
    public static EmailConfirmationPage open(Page page, String token) {
        URI current = URI.create(page.url());
        page.navigate(current.getScheme() + "://" + current.getAuthority() + "/potwierdz-adres?token=" + token);
        return new EmailConfirmationPage(page);
    }

    /** Confirms with the password given at registration. */
    public LoginPage confirm(String password) {
        page.getByLabel("Hasło podane przy rejestracji").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Potwierdź adres e-mail")).click();
        page.waitForURL(Pattern.compile(".*/login\\?confirmed.*"));
        return new LoginPage(page);
    }

    public String error() {
        return page.locator(".email-confirmation-view .error-text").first().innerText().strip();
    }
}
