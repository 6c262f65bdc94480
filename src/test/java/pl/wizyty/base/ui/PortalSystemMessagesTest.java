package pl.wizyty.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import java.security.Principal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.wizyty.base.TranslationProvider;

/** Vaadin's system messages come from the bundles, in the page's language, and a lost session is never silent. */
class PortalSystemMessagesTest {

    private final PortalSystemMessages provider = new PortalSystemMessages(new TranslationProvider());

    @Test
    void polish_messages_for_a_signed_in_person_say_that_the_session_ended_and_the_choices_are_kept() {
        SystemMessages messages = provider.getSystemMessages(info(TranslationProvider.POLISH, true, null));

        assertThat(messages.isSessionExpiredNotificationEnabled()).as("told, not silently reloaded").isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Sesja się zakończyła");
        assertThat(messages.getSessionExpiredMessage()).startsWith("Wylogowano Cię – w innej karcie")
                .contains("zaloguj się ponownie", "wrócisz do tego samego miejsca");
        assertThat(messages.getCookiesDisabledCaption()).isEqualTo("Pliki cookies są wyłączone");
        assertThat(messages.getCookiesDisabledMessage()).contains("Włącz je w ustawieniach przeglądarki");
        assertThat(messages.getInternalErrorCaption()).isEqualTo("Coś poszło nie tak");
        assertThat(messages.getInternalErrorMessage()).contains("skontaktuj się z urzędem");
        assertThat(messages.getSyncErrorCaption()).isEqualTo("Strona wymaga odświeżenia");
        assertThat(messages.getSessionExpiredURL()).as("reloads the same address").isNull();
    }

    @Test
    void english_messages_when_the_person_chose_english() {
        WrappedSession session = mock(WrappedSession.class);
        when(session.getAttribute(anyString())).thenReturn(TranslationProvider.ENGLISH);

        SystemMessages messages = provider.getSystemMessages(info(TranslationProvider.POLISH, true, session));

        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Your session has ended");
        assertThat(messages.getSessionExpiredMessage()).startsWith("You were signed out, in another tab");
        assertThat(messages.getCookiesDisabledCaption()).isEqualTo("Cookies are turned off");
        assertThat(messages.getInternalErrorCaption()).isEqualTo("Something went wrong");
        assertThat(messages.getSyncErrorCaption()).isEqualTo("The page needs to be reloaded");
    }

    @Test
    void without_a_session_the_browsers_language_decides_and_a_visitor_is_not_asked_to_sign_in() {
        SystemMessages messages = provider.getSystemMessages(info(Locale.forLanguageTag("en-GB"), false, null));

        assertThat(messages.getCookiesDisabledMessage()).startsWith("The portal needs its necessary cookies");
        assertThat(messages.getSessionExpiredMessage()).startsWith("This page has not been used for a long time")
                .doesNotContain("sign in");
    }

    private static SystemMessagesInfo info(Locale locale, boolean signedIn, WrappedSession session) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getWrappedSession(false)).thenReturn(session);
        when(request.getUserPrincipal()).thenReturn(signedIn ? mock(Principal.class) : null);
        return new SystemMessagesInfo(locale, request, null);
    }
}
