package pl.wizyty.security;

import com.vaadin.flow.server.WrappedSession;

/**
 * Whether the person was just sent to sign in because their previous session was gone (see
 * {@link SessionLostEntryPoint}), so the sign-in page can tell them and that they will return where they were.
 */
public final class SessionLoss {

    static final String ATTRIBUTE = SessionLoss.class.getName() + ".lost";

    private SessionLoss() {
    }

    /** True once after a lost session: the note is taken out of the session as it is read. */
    public static boolean takeNotice(WrappedSession session) {
        if (session == null || session.getAttribute(ATTRIBUTE) == null) {
            return false;
        }
        session.removeAttribute(ATTRIBUTE);
        return true;
    }
}
