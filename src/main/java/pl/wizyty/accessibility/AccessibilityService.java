package pl.wizyty.accessibility;

import pl.wizyty.base.SessionAttributes;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.consent.ConsentCategory;
import pl.wizyty.consent.ConsentService;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.SignedInUser;

/**
 * Remembers each person's accessibility preferences: a signed-in person's with their account, so they follow
 * them to any device; an anonymous visitor's in the HTTP session, and across visits in a cookie only while they
 * allow functional cookies. The session also caches the account's preferences, so a page load does not read the
 * database each time.
 */
@Service
public class AccessibilityService {

    static final String SESSION_ATTRIBUTE = "wizyty.accessibility";

    private final SavedPreferencesRepository saved;
    private final PreferencesCookie cookie;
    private final ConsentService consent;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessibilityService(SavedPreferencesRepository saved, PreferencesCookie cookie, ConsentService consent,
            CurrentUser currentUser, Clock clock) {
        this.saved = saved;
        this.cookie = cookie;
        this.consent = consent;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What applies now: the signed-in person's saved preferences, else what this session (or, with functional
     * cookies allowed, this browser) chose, else the defaults. Someone who chose something before signing in and
     * never saved anything with their account keeps that choice after signing in.
     *
     * @param session the HTTP session, or {@code null} on a first page load that has none yet
     */
    @Transactional(readOnly = true)
    public AccessibilityPreferences current(SessionAttributes session) {
        Long owner = owner();
        SessionEntry cached = session == null ? null : entry(session);
        if (cached != null && Objects.equals(cached.owner(), owner)) {
            return cached.preferences();
        }
        AccessibilityPreferences preferences = owner == null ? null
                : saved.findById(owner).map(SavedPreferences::preferences).orElse(null);
        if (preferences == null && cached != null && cached.owner() == null) {
            preferences = cached.preferences();
        }
        if (preferences == null) {
            preferences = remembered();
        }
        if (session != null) {
            session.set(SESSION_ATTRIBUTE, new SessionEntry(owner, preferences));
        }
        return preferences;
    }

    /** Keeps the choice for the rest of the session and with the account, or in this browser if allowed. */
    @Transactional
    public void remember(SessionAttributes session, AccessibilityPreferences preferences) {
        Objects.requireNonNull(preferences);
        Long owner = owner();
        if (owner != null) {
            SavedPreferences row = saved.findById(owner).orElseGet(() -> new SavedPreferences(owner));
            row.change(preferences, clock.instant());
            saved.save(row);
        } else if (consent.allows(ConsentCategory.FUNCTIONAL)) {
            cookie.write(preferences);
        } else {
            cookie.delete();
        }
        session.set(SESSION_ATTRIBUTE, new SessionEntry(owner, preferences));
    }

    private AccessibilityPreferences remembered() {
        return consent.allows(ConsentCategory.FUNCTIONAL) ? cookie.read().orElse(AccessibilityPreferences.DEFAULTS)
                : AccessibilityPreferences.DEFAULTS;
    }

    private Long owner() {
        return currentUser.get().map(SignedInUser::accountId).orElse(null);
    }

    private static SessionEntry entry(SessionAttributes session) {
        return session.get(SESSION_ATTRIBUTE) instanceof SessionEntry entry ? entry : null;
    }

    /** The preferences in a session and whose they are ({@code null}: an anonymous visitor's). */
    private record SessionEntry(Long owner, AccessibilityPreferences preferences) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
