package pl.wizyty.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.TestData;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

class RegistrationViewTest extends BrowserlessTestBase {

    @Autowired
    UserDetailsService accounts;

    RegistrationView view;

    @BeforeEach
    void open() {
        view = navigate(RegistrationView.class);
    }

    @Test
    void a_resident_who_registers_is_taken_to_sign_in_with_a_confirmation() {
        String email = TestData.uniqueEmail("nowa");
        fillIn("Zofia", "Nowa", email, TestData.PASSWORD, TestData.PASSWORD);

        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsKey("registered");
        SignedInUser created = (SignedInUser) accounts.loadUserByUsername(email);
        assertThat(created.displayName()).isEqualTo("Zofia Nowa");
        assertThat(created.role()).isEqualTo(Roles.RESIDENT);
    }

    @Test
    void an_email_that_already_has_an_account_gets_the_same_answer_as_a_new_one_and_changes_nothing() {
        String email = TestData.uniqueEmail("zajety");
        accountService.register(TestData.newAccount(email));
        fillIn("Inna", "Osoba", email.toUpperCase(), TestData.PASSWORD, TestData.PASSWORD);

        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsKey("registered");
        assertThat(((SignedInUser) accounts.loadUserByUsername(email)).displayName()).isEqualTo("Zofia Testowa");
    }

    @Test
    void a_weak_password_is_refused_next_to_the_password_field_with_the_reason() {
        String email = TestData.uniqueEmail("slabe");
        fillIn("Zofia", "Nowa", email, "krotkie1", "krotkie1");

        test(view.submit).click();

        assertOnlyInvalid(view.password, "Hasło musi mieć co najmniej 10 znaków.");
        assertNoAccount(email);
    }

    @Test
    void an_invalid_email_is_refused_next_to_the_email_field() {
        fillIn("Zofia", "Nowa", "zofia.nowa.example.pl", TestData.PASSWORD, TestData.PASSWORD);

        test(view.submit).click();

        assertOnlyInvalid(view.email, "Wpisz poprawny adres e-mail, np. jan.kowalski@example.pl.");
        assertNoAccount("zofia.nowa.example.pl");
    }

    @Test
    void passwords_that_differ_are_refused_next_to_the_repeated_password() {
        String email = TestData.uniqueEmail("rozne");
        fillIn("Zofia", "Nowa", email, TestData.PASSWORD, TestData.PASSWORD + "x");

        test(view.submit).click();

        assertOnlyInvalid(view.passwordRepeat, "Hasła nie są takie same.");
        assertNoAccount(email);
    }

    @Test
    void fixing_a_refused_field_clears_its_message_on_the_next_attempt() {
        String email = TestData.uniqueEmail("poprawka");
        fillIn("Zofia", "Nowa", email, "krotkie1", "krotkie1");
        test(view.submit).click();
        assertThat(view.password.isInvalid()).isTrue();

        test(view.password).setValue(TestData.PASSWORD);
        test(view.passwordRepeat).setValue(TestData.PASSWORD);
        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.loadUserByUsername(email)).isNotNull();
    }

    @Test
    void an_empty_form_lists_every_error_at_the_top_with_a_link_to_each_field_and_marks_every_field() {
        fillIn("", "", "", "", "x");

        test(view.submit).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.getElement().getAttribute("role")).isEqualTo("alert");
        List<Anchor> links = findInView(Anchor.class).all().stream()
                .filter(link -> link.getHref().startsWith("#field-")).toList();
        assertThat(links).extracting(Anchor::getHref).containsExactly("#field-firstName", "#field-lastName",
                "#field-email", "#field-password", "#field-passwordRepeat");
        assertThat(links.get(2).getText()).isEqualTo(view.email.getErrorMessage());
        assertThat(List.of(view.firstName, view.lastName, view.email, view.password, view.passwordRepeat))
                .allMatch(HasValidation::isInvalid);
        assertThat(view.phone.isInvalid()).as("the optional phone is not in error").isFalse();
    }

    private void fillIn(String firstName, String lastName, String email, String password, String repeated) {
        test(view.firstName).setValue(firstName);
        test(view.lastName).setValue(lastName);
        test(view.email).setValue(email);
        test(view.password).setValue(password);
        test(view.passwordRepeat).setValue(repeated);
    }

    private void assertOnlyInvalid(HasValidation field, String message) {
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(field.isInvalid()).as("the field with the problem is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        List<HasValidation> others = List.of(view.firstName, view.lastName, view.email, view.phone, view.password,
                        view.passwordRepeat).stream().filter(other -> other != field).map(HasValidation.class::cast)
                .toList();
        assertThat(others).noneMatch(HasValidation::isInvalid);
    }

    private void assertNoAccount(String email) {
        assertThatThrownBy(() -> accounts.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
    }
}
