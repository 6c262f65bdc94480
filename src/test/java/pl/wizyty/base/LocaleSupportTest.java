package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The first visit follows the browser's language; a choice made in the portal wins from then on. */
class LocaleSupportTest {

    @Test
    void a_browser_asking_for_english_first_gets_english() {
        assertThat(LocaleSupport.chosen(browser("en-GB", Locale.UK, Locale.ENGLISH), null))
                .isEqualTo(TranslationProvider.ENGLISH);
    }

    @Test
    void the_first_language_the_portal_speaks_wins_in_the_browsers_order() {
        assertThat(LocaleSupport.fromBrowser(List.of(Locale.GERMAN, Locale.of("pl"), Locale.ENGLISH)))
                .isEqualTo(TranslationProvider.POLISH);
        assertThat(LocaleSupport.fromBrowser(List.of(Locale.GERMAN, Locale.US, Locale.of("pl"))))
                .isEqualTo(TranslationProvider.ENGLISH);
        assertThat(LocaleSupport.fromBrowser(List.of(Locale.GERMAN, Locale.FRENCH)))
                .isEqualTo(TranslationProvider.POLISH);
    }

    @Test
    void without_an_accept_language_header_it_is_polish_whatever_the_servers_own_locale() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getLocales()).thenReturn(Collections.enumeration(List.of(Locale.US)));
        assertThat(LocaleSupport.chosen(request, null)).isEqualTo(TranslationProvider.POLISH);
    }

    @Test
    void a_choice_made_in_the_portal_wins_over_the_browser() {
        WrappedSession session = mock(WrappedSession.class);
        when(session.getAttribute(LocaleSupport.SESSION_ATTRIBUTE)).thenReturn(TranslationProvider.POLISH);
        assertThat(LocaleSupport.chosen(browser("en", Locale.ENGLISH), session))
                .isEqualTo(TranslationProvider.POLISH);
    }

    private static VaadinRequest browser(String header, Locale... locales) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(header);
        when(request.getLocales()).thenReturn(Collections.enumeration(List.of(locales)));
        return request;
    }
}
