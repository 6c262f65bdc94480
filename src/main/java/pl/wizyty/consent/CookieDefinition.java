package pl.wizyty.consent;

import java.time.Duration;
import java.util.Objects;

/**
 * A cookie (or other browser storage) the portal can set, as the cookie policy lists it.
 *
 * @param name the cookie's name in the browser
 * @param category what the visitor must allow before it may be set
 * @param purposeKey message key of its purpose
 * @param providerKey message key naming who sets it
 * @param lifetime how long it lives; {@code null} for a session cookie that goes when the browser closes
 */
public record CookieDefinition(String name, ConsentCategory category, String purposeKey, String providerKey,
        Duration lifetime) {

    /** The portal itself sets it (a first-party cookie). */
    public static final String PROVIDER_PORTAL = "consent.provider.portal";

    public CookieDefinition {
        Objects.requireNonNull(name);
        Objects.requireNonNull(category);
        Objects.requireNonNull(purposeKey);
        Objects.requireNonNull(providerKey);
    }
}
