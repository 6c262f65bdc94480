package pl.wizyty.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import pl.wizyty.account.PasswordResetService;
import pl.wizyty.account.UserAccount;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/** "Nie pamiętasz hasła?": asks for a one-time link; the answer is the same whether or not the address has an account. */
@Route(value = Routes.FORGOT_PASSWORD, layout = MainLayout.class)
@AnonymousAllowed
class ForgotPasswordView extends Div implements TitledPage {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();
    private final Paragraph formError = new Paragraph();

    ForgotPasswordView(PasswordResetService resets) {
        addClassNames("page", "page-narrow", "forgot-password-view");
        email.setLabel(getTranslation("passwordReset.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        send.setText(getTranslation("passwordReset.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClassName("success-text");
        answer.getElement().setAttribute("role", "status");
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        send.addClickListener(click -> {
            FieldErrors.clear(email);
            formError.setText("");
            answer.setText("");
            try {
                resets.requestReset(email.getValue());
                answer.setText(getTranslation("passwordReset.sent"));
            } catch (RuleViolation refused) {
                FieldErrors.show(refused, Map.of("email", email), this, formError::setText);
            }
        });
        add(new H1(getTranslation("passwordReset.heading")), new Paragraph(getTranslation("passwordReset.intro")),
                email, send, answer, formError);
    }

    @Override
    public String titleKey() {
        return "passwordReset.title";
    }
}
