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
import pl.wizyty.account.EmailNotConfirmedException;
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

    private static final String REMEMBERED_EMAIL = "wizyty.registeredEmail";

    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph();
    private final Paragraph unconfirmed = new Paragraph();
    private final Paragraph sessionLost = new Paragraph();

    public LoginView() {
        addClassNames("page", "page-narrow", "login-view");
        form.setAction(Routes.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        registered.addClassName("success-text");
        registered.getElement().setAttribute("role", "status");
        registered.setVisible(false);
        unconfirmed.add(new Anchor(Routes.CONFIRM_EMAIL, getTranslation("login.error.unconfirmed.resend")));
        unconfirmed.setVisible(false);
        sessionLost.addClassName("notice-text");
        sessionLost.getElement().setAttribute("role", "status");
        sessionLost.setVisible(false);
        Paragraph noAccount = new Paragraph(getTranslation("login.noAccount") + " ");
        noAccount.add(new Anchor(Routes.REGISTRATION, getTranslation("login.registerLink")));
        Paragraph forgot = new Paragraph(new Anchor(Routes.FORGOT_PASSWORD, getTranslation("login.forgotPassword")));
        add(new H1(getTranslation("login.heading")), sessionLost, registered, form, unconfirmed, forgot, noAccount);
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

    /**
     * The e-mail to fill in when the sign-in page opens next in this session (after registering), so that the person
     * does not type it twice.
     */
    static void rememberEmail(String email) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(REMEMBERED_EMAIL, email);
        }
    }

    /**
     * Keeps the e-mail in the field: after a failed sign-in (the browser posted the form and came back with
     * {@code ?error}; the tab remembers what it sent, in its own session storage) and after registering.
     */
    private void keepEmail(boolean fillIn) {
        VaadinSession session = VaadinSession.getCurrent();
        Object remembered = session == null ? null : session.getAttribute(REMEMBERED_EMAIL);
        if (session != null) {
            session.setAttribute(REMEMBERED_EMAIL, null);
        }
        form.getElement().executeJs("""
                const form = this;
                const key = 'wizyty.signInEmail';
                form.addEventListener('login', e => { try { sessionStorage.setItem(key, e.detail.username); } catch (x) {} });
                let email = $0;
                if (!email && $1) { try { email = sessionStorage.getItem(key); } catch (x) {} }
                if (email) {
                  const selector = '#vaadinLoginUsername, vaadin-text-field[name="username"]';
                  const field = form.querySelector(selector) || (form.shadowRoot && form.shadowRoot.querySelector(selector));
                  if (field) { field.value = email; }
                }""", remembered == null ? "" : remembered.toString(), fillIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        keepEmail(failed);
        if (failed) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setMessage(failureMessage());
            form.setI18n(i18n);
            unconfirmed.setVisible(lastFailure() instanceof EmailNotConfirmedException);
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
        if (parameters.containsKey("confirmed")) {
            registered.setText(getTranslation("login.confirmed"));
            registered.setVisible(true);
        }
    }

    /** Why the last sign-in failed, as Spring Security left it in the session; the same words for any e-mail. */
    private String failureMessage() {
        return switch (lastFailure()) {
            case SignInBackoffException backoff ->
                    getTranslation("login.error.backoff", TimeConfiguration.minuteAfter(backoff.retryAt()));
            case LockedException locked -> getTranslation("login.error.locked");
            case DisabledException disabled -> getTranslation("login.error.disabled");
            case EmailNotConfirmedException unconfirmedAddress -> getTranslation("login.error.unconfirmed");
            case null, default -> getTranslation("login.error.message");
        };
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
