package pl.wizyty.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import pl.wizyty.account.EmailConfirmationService;
import pl.wizyty.account.UserAccount;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/**
 * The page the link after registration opens. Opening it changes nothing (mail scanners follow links): the address
 * is confirmed by the button, with the password given at registration. Without a link, or with one that no longer works, it offers to send a new link; the
 * answer is the same for any address.
 */
@Route(value = Routes.CONFIRM_EMAIL, layout = MainLayout.class)
@AnonymousAllowed
class EmailConfirmationView extends Div implements BeforeEnterObserver, TitledPage {

    final PasswordField password = new PasswordField();
    final Button confirm = new Button();
    final Paragraph confirmError = new Paragraph();
    final EmailField email = new EmailField();
    final Button resend = new Button();
    final Paragraph answer = new Paragraph();
    private final Paragraph intro = new Paragraph();
    private final Paragraph resendError = new Paragraph();
    final Div resendSection = new Div();
    private String token = "";

    EmailConfirmationView(EmailConfirmationService confirmations) {
        addClassNames("page", "page-narrow", "email-confirmation-view");
        confirm.setText(getTranslation("confirmation.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmError.addClassName("error-text");
        confirmError.getElement().setAttribute("role", "alert");
        password.setLabel(getTranslation("confirmation.password"));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        confirm.addClickListener(click -> {
            confirmError.setText("");
            FieldErrors.clear(password);
            try {
                confirmations.confirm(token, password.getValue());
                getUI().ifPresent(ui -> ui.navigate(Routes.LOGIN,
                        new QueryParameters(Map.of("confirmed", List.of("")))));
            } catch (RuleViolation refused) {
                if ("password".equals(refused.field())) {
                    FieldErrors.show(password, getTranslation(refused.messageKey(), refused.args()));
                    return;
                }
                confirmError.setText(getTranslation(refused.messageKey(), refused.args()));
                password.setVisible(false);
                confirm.setVisible(false);
                resendSection.setVisible(true);
                email.focus();
            }
        });

        email.setLabel(getTranslation("confirmation.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        resend.setText(getTranslation("confirmation.resend"));
        answer.addClassName("success-text");
        answer.getElement().setAttribute("role", "status");
        resendError.addClassName("error-text");
        resendError.getElement().setAttribute("role", "alert");
        resend.addClickListener(click -> {
            FieldErrors.clear(email);
            resendError.setText("");
            answer.setText("");
            try {
                confirmations.resend(email.getValue());
                answer.setText(getTranslation("confirmation.resent"));
            } catch (RuleViolation refused) {
                FieldErrors.show(refused, Map.of("email", email), this, resendError::setText);
            }
        });
        resendSection.add(new H2(getTranslation("confirmation.resendHeading")),
                new Paragraph(getTranslation("confirmation.resendIntro")), email, resend, answer, resendError);
        add(new H1(getTranslation("confirmation.heading")), intro, password, confirm, confirmError, resendSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        boolean withLink = !token.isBlank();
        intro.setText(getTranslation(withLink ? "confirmation.intro" : "confirmation.noLink"));
        password.setVisible(withLink);
        confirm.setVisible(withLink);
        resendSection.setVisible(!withLink);
    }

    @Override
    public String titleKey() {
        return "confirmation.title";
    }
}
