package pl.wizyty.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import pl.wizyty.account.AccountService;
import pl.wizyty.account.NewAccount;
import pl.wizyty.account.UserAccount;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.ErrorSummary;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/**
 * A resident creates an account. The service checks every rule; this view only shows its answer next to the field
 * it is about, so a rule can never be skipped by a changed page.
 */
@Route(value = Routes.REGISTRATION, layout = MainLayout.class)
@AnonymousAllowed
class RegistrationView extends Div implements TitledPage {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    final Button submit = new Button();
    final ErrorSummary errors = new ErrorSummary();
    private final AccountService accountService;

    RegistrationView(AccountService accountService) {
        this.accountService = accountService;
        addClassNames("page", "page-narrow");
        setUp(firstName, "registration.firstName", "given-name", UserAccount.NAME_MAX);
        setUp(lastName, "registration.lastName", "family-name", UserAccount.NAME_MAX);
        email.setLabel(getTranslation("registration.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setErrorMessage(getTranslation("account.email.invalid"));
        setUp(phone, "registration.phone", "tel", UserAccount.PHONE_MAX);
        phone.setRequiredIndicatorVisible(false);
        phone.setHelperText(getTranslation("registration.phone.help"));
        password.setLabel(getTranslation("registration.password"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("registration.password.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        passwordRepeat.setLabel(getTranslation("registration.passwordRepeat"));
        passwordRepeat.setRequiredIndicatorVisible(true);
        passwordRepeat.setAutocomplete(Autocomplete.NEW_PASSWORD);

        submit.setText(getTranslation("registration.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> register());

        FormLayout form = new FormLayout(firstName, lastName, email, phone, password, passwordRepeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph privacy = new Paragraph(getTranslation("registration.privacyInfo") + " ");
        privacy.add(new Anchor(Routes.PRIVACY_POLICY, getTranslation("footer.privacyPolicy")));
        Paragraph haveAccount = new Paragraph(getTranslation("registration.haveAccount") + " ");
        haveAccount.add(new Anchor(Routes.LOGIN, getTranslation("registration.loginLink")));
        add(new H1(getTranslation("registration.heading")), errors,
                new Paragraph(getTranslation("registration.intro")), form, privacy, submit, haveAccount);
    }

    private void setUp(TextField field, String key, String autocomplete, int maxLength) {
        field.setLabel(getTranslation(key));
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("autocomplete", autocomplete);
    }

    private void register() {
        clearErrors();
        NewAccount form = new NewAccount();
        form.setFirstName(firstName.getValue());
        form.setLastName(lastName.getValue());
        form.setEmail(email.getValue());
        form.setPhone(phone.getValue());
        form.setPassword(password.getValue());
        form.setPasswordRepeat(passwordRepeat.getValue());
        form.setLanguage(getLocale());
        try {
            accountService.register(form);
            LoginView.rememberEmail(form.getEmail().strip());
            getUI().ifPresent(ui -> ui.navigate(Routes.LOGIN, new QueryParameters(Map.of("registered", List.of("")))));
        } catch (RuleViolation violation) {
            errors.show(violation, Map.of("firstName", firstName, "lastName", lastName, "email", email,
                    "phone", phone, "password", password, "passwordRepeat", passwordRepeat));
        }
    }

    private void clearErrors() {
        errors.clear();
        FieldErrors.clear(firstName, lastName, email, phone, password, passwordRepeat);
    }

    @Override
    public String titleKey() {
        return "registration.title";
    }
}
