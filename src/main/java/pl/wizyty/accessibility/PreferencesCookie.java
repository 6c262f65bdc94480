package pl.wizyty.accessibility;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import pl.wizyty.consent.ConsentCategory;
import pl.wizyty.consent.CookieDeclarations;
import pl.wizyty.consent.CookieDefinition;

/**
 * The cookie that keeps an anonymous visitor's preferences across visits. A functional cookie: it is declared to
 * the cookie policy here, and the service writes or reads it only while the visitor allows functional cookies.
 * Set during a Vaadin round-trip, it travels in that round-trip's HTTP response.
 */
@Component
class PreferencesCookie implements CookieDeclarations {

    static final String NAME = "wizyty_a11y";
    static final Duration LIFETIME = Duration.ofDays(365);

    @Override
    public List<CookieDefinition> cookies() {
        return List.of(new CookieDefinition(NAME, ConsentCategory.FUNCTIONAL, "a11y.cookie.purpose",
                CookieDefinition.PROVIDER_PORTAL, LIFETIME));
    }

    Optional<AccessibilityPreferences> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Stream.of(cookies).filter(c -> NAME.equals(c.getName())).findFirst()
                .map(c -> AccessibilityPreferences.decode(c.getValue()));
    }

    void write(AccessibilityPreferences preferences) {
        send(preferences.encode(), (int) LIFETIME.toSeconds());
    }

    /** Removes the cookie, e.g. after the visitor withdrew functional cookies. */
    void delete() {
        if (read().isPresent()) {
            send("", 0);
        }
    }

    private static void send(String value, int maxAge) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null || request == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, value);
        cookie.setMaxAge(maxAge);
        String contextPath = request.getContextPath();
        cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
