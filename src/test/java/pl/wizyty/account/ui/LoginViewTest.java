package pl.wizyty.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;
import pl.wizyty.account.SignInBackoffException;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.base.Routes;

class LoginViewTest extends BrowserlessTestBase {

    @Test
    void the_sign_in_page_shows_a_form_that_posts_to_spring_security_and_a_way_to_register() {
        navigate(LoginView.class);

        LoginForm form = findInView(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo(Routes.LOGIN);
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(findInView(Anchor.class).withText("Załóż konto").single().getHref()).isEqualTo(Routes.REGISTRATION);
        assertThat(findInView(Paragraph.class).withClassName("success-text").exists()).as("no confirmation shown").isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Logowanie – Portal e-Urząd");
    }

    @Test
    void a_wrong_password_shows_a_message_without_saying_whether_the_email_exists() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        LoginForm form = findInView(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        String i18n = form.getElement().getPropertyRaw("i18n").toString();
        assertThat(i18n).contains("Nieprawidłowy e-mail lub hasło.")
                .doesNotContainIgnoringCase("nie istnieje");
    }

    @Test
    void after_too_many_failures_the_page_says_when_to_try_again_in_words_that_fit_any_email() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInBackoffException(Instant.parse("2026-12-07T13:31:20Z")));

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        String i18n = findInView(LoginForm.class).single().getElement().getPropertyRaw("i18n").toString();
        assertThat(i18n).contains("Zbyt wiele nieudanych prób logowania. Ze względów bezpieczeństwa spróbuj ponownie "
                + "po 14:32.");
    }

    @Test
    void after_registration_the_sign_in_page_asks_to_confirm_the_address_from_the_e_mail() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("registered", ""));

        Paragraph confirmation = findInView(Paragraph.class).withClassName("success-text").single();
        assertThat(confirmation.isVisible()).isTrue();
        assertThat(confirmation.getText()).startsWith("Sprawdź skrzynkę e-mail. Wysłaliśmy na podany adres wiadomość"
                + " z linkiem do potwierdzenia adresu");
        assertThat(confirmation.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(findInView(LoginForm.class).single().isError()).isFalse();
    }
}
