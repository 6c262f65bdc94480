package pl.wizyty.base.ui;

import com.vaadin.flow.server.WrappedSession;
import pl.wizyty.base.SessionAttributes;

/** Vaadin's wrapped HTTP session as the services' {@link SessionAttributes}. */
public final class SessionAttributesOf {

    private SessionAttributesOf() {
    }

    /** The session's attributes, or {@code null} when there is no session yet. */
    public static SessionAttributes of(WrappedSession session) {
        if (session == null) {
            return null;
        }
        return new SessionAttributes() {
            @Override
            public Object get(String name) {
                return session.getAttribute(name);
            }

            @Override
            public void set(String name, Object value) {
                session.setAttribute(name, value);
            }
        };
    }
}
