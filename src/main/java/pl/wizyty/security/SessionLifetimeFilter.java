package pl.wizyty.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: a session whose person signed in longer ago than the lifetime ends at its next
 * request, before the security context is read from it, so the request goes on as anyone's and the person is asked
 * to sign in again (Vaadin's client reloads the page when its session is gone). Runs inside the security chain.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final SessionProperties properties;
    private final Clock clock;

    SessionLifetimeFilter(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Instant signedInAt = session == null ? null : AccountSessions.signedInAt(session);
        if (signedInAt != null && !clock.instant().isBefore(signedInAt.plus(properties.absoluteLifetime()))) {
            AccountSessions.invalidate(session);
        }
        chain.doFilter(request, response);
    }
}
