package pl.wizyty.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.TestData;
import pl.wizyty.base.Routes;

class PasswordResetViewsTest extends BrowserlessTestBase {

    @Test
    void the_sign_in_page_links_to_nie_pamietasz_hasla() {
        navigate(LoginView.class);
        assertThat($(Anchor.class).all()).anySatisfy(link -> {
            assertThat(link.getText()).isEqualTo("Nie pamiętasz hasła?");
            assertThat(link.getHref()).isEqualTo(Routes.FORGOT_PASSWORD);
        });
    }

    @Test
    void known_and_unknown_addresses_get_the_same_answer() {
        String known = TestData.uniqueEmail("znany");
        accountService.register(TestData.newAccount(known));

        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(known);
        test(view.send).click();
        String knownAnswer = view.answer.getText();
        test(view.email).setValue(TestData.uniqueEmail("nieznany"));
        test(view.send).click();

        assertThat(knownAnswer).startsWith("Jeśli pod tym adresem jest konto");
        assertThat(view.answer.getText()).isEqualTo(knownAnswer);
    }

    @Test
    void a_bad_link_is_refused_in_words_and_mismatched_passwords_next_to_the_field() {
        UI.getCurrent().navigate(NewPasswordView.class, QueryParameters.of("token", "nieprawdziwy"));
        NewPasswordView view = $(NewPasswordView.class).single();
        test(view.password).setValue("Zupelnie-Nowe-Haslo-9");
        test(view.repeat).setValue("Inne-Haslo-9");
        test(view.save).click();
        assertThat(view.repeat.isInvalid()).isTrue();

        test(view.repeat).setValue("Zupelnie-Nowe-Haslo-9");
        test(view.save).click();

        assertThat(view.formError.getText()).startsWith("Ten link jest nieważny");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(Routes.NEW_PASSWORD);
    }
}
