package pl.wizyty.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import pl.wizyty.account.SignInBackoffException;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.security.SessionLoss;

/**
 * Sign-in with e-mail and password. A wrong password and an unknown e-mail give the same message. After sign-in
 * the person lands on the page they were going to (Spring Security's saved request), choices in its address included;
 * when they came here because their session was gone, the page says so.
 */
@Route(value = Routes.LOGIN, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, TitledPage {

    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph();
    private final Paragraph sessionLost = new Paragraph();

    public LoginView() {
        addClassNames("page", "page-narrow", "login-view");
        form.setAction(Routes.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        registered.addClassName("success-text");
        registered.getElement().setAttribute("role", "status");
        registered.setVisible(false);
        sessionLost.addClassName("notice-text");
        sessionLost.getElement().setAttribute("role", "status");
        sessionLost.setVisible(false);
        Paragraph noAccount = new Paragraph(getTranslation("login.noAccount") + " ");
        noAccount.add(new Anchor(Routes.REGISTRATION, getTranslation("login.registerLink")));
        Paragraph forgot = new Paragraph(new Anchor(Routes.FORGOT_PASSWORD, getTranslation("login.forgotPassword")));
        add(new H1(getTranslation("login.heading")), sessionLost, registered, form, forgot, noAccount);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("");
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.emailRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        if (failed) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setMessage(failureMessage());
            form.setI18n(i18n);
        }
        form.setError(failed);
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession != null && SessionLoss.takeNotice(vaadinSession.getSession())) {
            sessionLost.setText(getTranslation("login.sessionLost"));
            sessionLost.setVisible(true);
        }
        if (parameters.containsKey("registered")) {
            registered.setText(getTranslation("login.registered"));
            registered.setVisible(true);
        }
        if (parameters.containsKey("reset")) {
            registered.setText(getTranslation("login.passwordReset"));
            registered.setVisible(true);
        }
    }

    /** Why the last sign-in failed, as Spring Security left it in the session; the same words for any e-mail. */
    private String failureMessage() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return switch (failure) {
            case SignInBackoffException backoff ->
                    getTranslation("login.error.backoff", TimeConfiguration.minuteAfter(backoff.retryAt()));
            case LockedException locked -> getTranslation("login.error.locked");
            case DisabledException disabled -> getTranslation("login.error.disabled");
            case null, default -> getTranslation("login.error.message");
        };
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
