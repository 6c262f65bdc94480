package pl.wizyty.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import pl.wizyty.base.SessionAttributes;
import pl.wizyty.base.ui.SessionAttributesOf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import pl.wizyty.IntegrationTest;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.consent.ConsentService;
import pl.wizyty.security.SignedInUser;

@IntegrationTest
class AccessibilityServiceTest {

    private static final AccessibilityPreferences LARGE_CONTRAST =
            AccessibilityPreferences.DEFAULTS.withTextSize(TextSize.LARGER).withHighContrast(true);

    @Autowired
    AccessibilityService accessibility;
    @Autowired
    ConsentService consent;
    @Autowired
    Residents residents;

    /** The browser's cookies, as a Vaadin request would carry them and a Vaadin response would change them. */
    private final Map<String, Cookie> browser = new LinkedHashMap<>();

    @BeforeEach
    void aBrowserRequest() {
        VaadinRequest request = mock(VaadinRequest.class);
        VaadinResponse response = mock(VaadinResponse.class);
        when(request.getCookies()).thenAnswer(call -> browser.values().toArray(Cookie[]::new));
        when(request.getContextPath()).thenReturn("");
        doAnswer(call -> {
            Cookie cookie = call.getArgument(0);
            if (cookie.getMaxAge() == 0) {
                browser.remove(cookie.getName());
            } else {
                browser.put(cookie.getName(), cookie);
            }
            return null;
        }).when(response).addCookie(any());
        CurrentInstance.set(VaadinRequest.class, request);
        CurrentInstance.set(VaadinResponse.class, response);
    }

    @AfterEach
    void cleanUp() {
        CurrentInstance.clearAll();
        TestSecurity.signOut();
    }

    @Test
    void an_anonymous_visitor_starts_with_the_defaults_and_keeps_a_choice_for_the_session() {
        SessionAttributes session = newSession();
        assertThat(accessibility.current(session)).isEqualTo(AccessibilityPreferences.DEFAULTS);

        accessibility.remember(session, LARGE_CONTRAST);

        assertThat(accessibility.current(session)).isEqualTo(LARGE_CONTRAST);
        assertThat(accessibility.current(newSession())).isEqualTo(AccessibilityPreferences.DEFAULTS);
    }

    @Test
    void without_functional_cookies_allowed_nothing_is_stored_in_the_browser() {
        accessibility.remember(newSession(), LARGE_CONTRAST);

        assertThat(browser).doesNotContainKey(PreferencesCookie.NAME);
    }

    @Test
    void with_functional_cookies_allowed_the_choice_survives_the_session_until_they_are_withdrawn() {
        consent.acceptAll();
        accessibility.remember(newSession(), LARGE_CONTRAST);

        assertThat(browser).containsKey(PreferencesCookie.NAME);
        assertThat(browser.get(PreferencesCookie.NAME).isHttpOnly()).isTrue();
        assertThat(accessibility.current(newSession())).isEqualTo(LARGE_CONTRAST);

        consent.rejectOptional();
        assertThat(accessibility.current(newSession())).isEqualTo(AccessibilityPreferences.DEFAULTS);
        accessibility.remember(newSession(), AccessibilityPreferences.DEFAULTS.withUnderlinedLinks(true));
        assertThat(browser).doesNotContainKey(PreferencesCookie.NAME);
    }

    @Test
    void a_signed_in_residents_choice_is_kept_with_the_account_and_applies_in_any_later_session() {
        SignedInUser anna = residents.create("a11y");
        TestSecurity.signIn(anna);
        accessibility.remember(newSession(), LARGE_CONTRAST);

        assertThat(accessibility.current(newSession())).isEqualTo(LARGE_CONTRAST);
        TestSecurity.signOut();
        assertThat(accessibility.current(newSession())).isEqualTo(AccessibilityPreferences.DEFAULTS);
    }

    @Test
    void a_choice_made_before_signing_in_stays_until_the_account_has_one_of_its_own() {
        SessionAttributes session = newSession();
        accessibility.remember(session, LARGE_CONTRAST);
        SignedInUser jan = residents.create("a11y");
        TestSecurity.signIn(jan);

        assertThat(accessibility.current(session)).isEqualTo(LARGE_CONTRAST);

        TestSecurity.signOut();
        SignedInUser ewa = residents.create("a11y");
        TestSecurity.signIn(ewa);
        accessibility.remember(newSession(), AccessibilityPreferences.DEFAULTS.withReadableFont(true));
        SessionAttributes before = newSession();
        TestSecurity.signOut();
        accessibility.remember(before, LARGE_CONTRAST);
        TestSecurity.signIn(ewa);
        assertThat(accessibility.current(before)).isEqualTo(AccessibilityPreferences.DEFAULTS.withReadableFont(true));
    }

    private static SessionAttributes newSession() {
        return SessionAttributesOf.of(new WrappedHttpSession(new MockHttpSession()));
    }
}
