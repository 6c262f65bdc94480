package pl.wizyty.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * The open sessions of each signed-in person, so that all of them can end at once: when an admin disables the
 * account, or when its password changes. A session is noted at sign-in (with the moment, for the absolute lifetime)
 * and forgotten when it ends.
 *
 * <p>Per instance: the registry is this JVM's memory, as the sessions themselves are (no Spring Session). With
 * several instances behind a load balancer, each ends the sessions it holds only; such a set-up needs a shared
 * session store and its registry instead.
 */
@Component
public class AccountSessions implements HttpSessionListener, SessionAuthenticationStrategy {

    static final String SIGNED_IN_AT = AccountSessions.class.getName() + ".signedInAt";
    private static final String ACCOUNT = AccountSessions.class.getName() + ".account";

    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    AccountSessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            HttpSession session = request.getSession();
            session.setAttribute(SIGNED_IN_AT, clock.instant());
            session.setAttribute(ACCOUNT, user.accountId());
            sessions.computeIfAbsent(user.accountId(), id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.values().forEach(open -> open.remove(event.getSession()));
        sessions.values().removeIf(Set::isEmpty);
    }

    /** Ends every session of the account (it was disabled). */
    public void endAll(long accountId) {
        endAllBut(accountId, null);
    }

    /** Ends every session of the account but the one with the given id (the person changing their password). */
    public void endAllBut(long accountId, String keptSessionId) {
        for (HttpSession session : List.copyOf(sessions.getOrDefault(accountId, Set.of()))) {
            if (!Objects.equals(sessionId(session), keptSessionId)) {
                invalidate(session);
            }
        }
    }

    /** The account's sessions open on this instance. */
    public List<HttpSession> of(long accountId) {
        return List.copyOf(sessions.getOrDefault(accountId, Set.of()));
    }

    /** When the session's person signed in, if someone did. */
    static Instant signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
    }

    static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended meanwhile (timeout, sign-out): nothing left to do
        }
    }

    private static String sessionId(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException ended) {
            return null;
        }
    }
}
