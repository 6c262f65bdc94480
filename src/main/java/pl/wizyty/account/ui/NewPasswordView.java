package pl.wizyty.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import pl.wizyty.account.PasswordResetService;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/**
 * The page a reset link opens: opening it changes nothing (mail scanners follow links); the new password is set
 * only when the form is sent, and the link then stops working.
 */
@Route(value = Routes.NEW_PASSWORD, layout = MainLayout.class)
@AnonymousAllowed
class NewPasswordView extends Div implements BeforeEnterObserver, TitledPage {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Paragraph formError = new Paragraph();
    private String token = "";

    NewPasswordView(PasswordResetService resets) {
        addClassNames("page", "page-narrow", "new-password-view");
        password.setLabel(getTranslation("passwordReset.new.password"));
        repeat.setLabel(getTranslation("passwordReset.new.repeat"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        save.setText(getTranslation("passwordReset.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        save.addClickListener(click -> {
            FieldErrors.clear(password, repeat);
            formError.setText("");
            if (!password.getValue().equals(repeat.getValue())) {
                FieldErrors.show(repeat, getTranslation("registration.passwordMismatch"));
                return;
            }
            try {
                resets.resetPassword(token, password.getValue());
                getUI().ifPresent(ui -> ui.navigate(Routes.LOGIN,
                        new QueryParameters(Map.of("reset", List.of("")))));
            } catch (RuleViolation refused) {
                FieldErrors.show(refused, Map.of("password", password), this, formError::setText);
            }
        });
        add(new H1(getTranslation("passwordReset.new.heading")), password, repeat, save, formError);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    @Override
    public String titleKey() {
        return "passwordReset.new.title";
    }
}
