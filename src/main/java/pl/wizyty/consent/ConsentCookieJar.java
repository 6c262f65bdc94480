package pl.wizyty.consent;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads and writes the consent cookie of the request being handled, from Vaadin (a page load or a round-trip)
 * or from plain Spring MVC, and keeps what was resolved in the HTTP session so that asking is cheap.
 * A cookie set during a Vaadin round-trip travels in that round-trip's HTTP response (no push is used).
 */
@Component
class ConsentCookieJar {

    static final String COOKIE_NAME = "wizyty_consent";
    static final String SESSION_ATTRIBUTE = "wizyty.consent";

    private final ConsentProperties properties;

    ConsentCookieJar(ConsentProperties properties) {
        this.properties = properties;
    }

    /** What the cookies claim, malformed values left out. */
    List<Consent> read() {
        Cookie[] cookies = cookies();
        if (cookies == null) {
            return List.of();
        }
        return Stream.of(cookies).filter(c -> COOKIE_NAME.equals(c.getName()))
                .flatMap(c -> ConsentCookieCodec.decode(c.getValue()).stream()).toList();
    }

    void write(Consent consent) {
        Cookie cookie = new Cookie(COOKIE_NAME, ConsentCookieCodec.encode(consent));
        cookie.setMaxAge((int) properties.cookieLifetime().toSeconds());
        cookie.setPath(cookiePath());
        cookie.setHttpOnly(true);
        cookie.setSecure(isSecure());
        cookie.setAttribute("SameSite", "Lax");
        VaadinResponse vaadin = VaadinResponse.getCurrent();
        if (vaadin != null) {
            vaadin.addCookie(cookie);
        } else {
            servletResponse().ifPresent(response -> response.addCookie(cookie));
        }
    }

    Optional<Resolved> cached() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            return Optional.ofNullable(vaadin.getSession().getAttribute(SESSION_ATTRIBUTE))
                    .filter(Resolved.class::isInstance).map(Resolved.class::cast);
        }
        return servletRequest().map(r -> r.getSession(false)).map(s -> s.getAttribute(SESSION_ATTRIBUTE))
                .filter(Resolved.class::isInstance).map(Resolved.class::cast);
    }

    void cache(Resolved resolved) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            vaadin.getSession().setAttribute(SESSION_ATTRIBUTE, resolved);
            return;
        }
        servletRequest().map(r -> r.getSession(false)).ifPresent(s -> s.setAttribute(SESSION_ATTRIBUTE, resolved));
    }

    private Cookie[] cookies() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getCookies();
        }
        return servletRequest().map(HttpServletRequest::getCookies).orElse(null);
    }

    private boolean isSecure() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.isSecure();
        }
        return servletRequest().map(HttpServletRequest::isSecure).orElse(false);
    }

    private String cookiePath() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        String contextPath = vaadin != null ? vaadin.getContextPath()
                : servletRequest().map(HttpServletRequest::getContextPath).orElse("");
        return contextPath == null || contextPath.isEmpty() ? "/" : contextPath;
    }

    private static Optional<HttpServletRequest> servletRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    private static Optional<HttpServletResponse> servletResponse() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getResponse()) : Optional.empty();
    }

    /**
     * What the session knows: the choice in force (or none), the visitor's consent id even when their choice was
     * for an older policy (so a new choice continues their history), and for which account it was resolved.
     */
    record Resolved(Consent consent, String consentId, Long accountId, boolean linkPending, boolean cookiePending)
            implements Serializable {

        Resolved(Consent consent, String consentId, Long accountId) {
            this(consent, consentId, accountId, false, false);
        }

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
