package pl.wizyty.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import pl.wizyty.base.LocaleSupport;
import pl.wizyty.base.TranslationProvider;

/**
 * Vaadin's own messages for a lost session, disabled cookies, an internal error and a lost sync, in the person's
 * language from the message bundles instead of Vaadin's English. The session-expired message is no longer silent:
 * a person signed out in another tab or after a pause is told so before being sent to sign in, and that the choices
 * in the address are kept. The browser shows these as a box styled in styles.css ({@code .v-system-error}) and made
 * focusable by {@link MainLayout}, in view at any scroll position and width.
 *
 * <p>The language is the one the page was shown in ({@link LocaleSupport}); without a session (cookies disabled) it
 * is the browser's. The session-expired text is fixed when the page loads, while the session still exists, so it is
 * also the only moment to know whether the person was signed in.
 */
@Component
class PortalSystemMessages implements VaadinServiceInitListener, SystemMessagesProvider {

    private final TranslationProvider translations;

    PortalSystemMessages(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this);
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        boolean signedIn = request != null && request.getUserPrincipal() != null;
        return messages(session == null ? TranslationProvider.supported(info.getLocale())
                : LocaleSupport.chosen(request, session), signedIn);
    }

    /** The messages in the language, worded for a person who is signed in or not. */
    SystemMessages messages(Locale locale, boolean signedIn) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(text("system.sessionExpired.caption", locale));
        messages.setSessionExpiredMessage(text(signedIn ? "system.sessionExpired.signedIn"
                : "system.sessionExpired.anonymous", locale));
        messages.setCookiesDisabledCaption(text("system.cookiesDisabled.caption", locale));
        messages.setCookiesDisabledMessage(text("system.cookiesDisabled.message", locale));
        messages.setInternalErrorCaption(text("system.internalError.caption", locale));
        messages.setInternalErrorMessage(text("system.internalError.message", locale));
        messages.setSyncErrorCaption(text("system.syncError.caption", locale));
        messages.setSyncErrorMessage(text("system.syncError.message", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
