package pl.wizyty.consent;

import java.util.List;
import org.springframework.stereotype.Component;

/** The cookies of the frame itself: the session (sign-in, the page's state) and the consent choice. */
@Component
class PortalCookies implements CookieDeclarations {

    static final String SESSION = "JSESSIONID";

    private final ConsentProperties properties;

    PortalCookies(ConsentProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<CookieDefinition> cookies() {
        return List.of(
                new CookieDefinition(SESSION, ConsentCategory.NECESSARY, "consent.cookie.session.purpose",
                        CookieDefinition.PROVIDER_PORTAL, null),
                new CookieDefinition(ConsentCookieJar.COOKIE_NAME, ConsentCategory.NECESSARY,
                        "consent.cookie.consent.purpose", CookieDefinition.PROVIDER_PORTAL,
                        properties.cookieLifetime()));
    }
}
