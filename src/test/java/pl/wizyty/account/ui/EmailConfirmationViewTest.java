package pl.wizyty.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.ConfirmationLinks;
import pl.wizyty.TestData;
import pl.wizyty.account.AccountDirectory;
import pl.wizyty.base.Routes;

class EmailConfirmationViewTest extends BrowserlessTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountDirectory directory;

    @Test
    void opening_the_link_changes_nothing_and_the_button_confirms_then_sign_in_says_so() {
        String email = TestData.uniqueEmail("widok");
        accountService.register(TestData.newAccount(email));
        long id = accountService.profileByEmail(email).orElseThrow().id();

        EmailConfirmationView view = open(ConfirmationLinks.confirmationToken(jdbc, email));
        assertThat(directory.confirmed(id)).as("opening the page alone").isFalse();
        assertThat(view.confirm.getText()).isEqualTo("Potwierdź adres e-mail");
        assertThat(view.resendSection.isVisible()).isFalse();

        test(view.password).setValue("Nie-To-Haslo-123");
        test(view.confirm).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(directory.confirmed(id)).as("a wrong password").isFalse();

        test(view.password).setValue(TestData.PASSWORD);
        test(view.confirm).click();

        assertThat(directory.confirmed(id)).isTrue();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsKey("confirmed");
    }

    @Test
    void a_spent_or_made_up_link_says_why_and_offers_a_new_one_with_the_same_answer_for_any_address() {
        EmailConfirmationView view = open("zmyslony-token");

        test(view.password).setValue(TestData.PASSWORD);
        test(view.confirm).click();

        assertThat(view.confirmError.getText()).startsWith("Ten link jest nieważny");
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(view.resendSection.isVisible()).isTrue();
        test(view.email).setValue(TestData.uniqueEmail("ktokolwiek"));
        test(view.resend).click();
        assertThat(view.answer.getText()).startsWith("Jeśli konto z tym adresem czeka na potwierdzenie");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(Routes.CONFIRM_EMAIL);
    }

    private EmailConfirmationView open(String token) {
        UI.getCurrent().navigate(EmailConfirmationView.class, QueryParameters.of("token", token));
        return $(EmailConfirmationView.class).single();
    }
}
