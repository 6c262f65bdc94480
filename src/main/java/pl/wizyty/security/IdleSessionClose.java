package pl.wizyty.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import org.springframework.stereotype.Component;

/**
 * With {@code vaadin.closeIdleSessions=true} Vaadin closes a session that has sent only heartbeats for the session
 * timeout (30 minutes), but it only takes its own state out of the HTTP session: the sign-in would stay. So when
 * Vaadin ends its session, the HTTP session (and with it the sign-in) ends too.
 */
@Component
class IdleSessionClose implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            if (init.getSession().getSession() instanceof WrappedHttpSession wrapped) {
                init.getSession().setAttribute(HttpSessionRef.class, new HttpSessionRef(wrapped.getHttpSession()));
            }
        });
        event.getSource().addSessionDestroyListener(destroy -> {
            HttpSessionRef ref = destroy.getSession().getAttribute(HttpSessionRef.class);
            if (ref != null && ref.session != null) {
                AccountSessions.invalidate(ref.session);
            }
        });
    }

    /** The HTTP session under a Vaadin session; not serialized (a restored session is a new one). */
    private static final class HttpSessionRef implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient HttpSession session;

        private HttpSessionRef(HttpSession session) {
            this.session = session;
        }
    }
}
