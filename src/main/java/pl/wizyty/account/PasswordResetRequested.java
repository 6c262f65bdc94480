package pl.wizyty.account;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone asked for a password reset for an existing account: the notification outbox e-mails the one-time token,
 * in the same transaction as the token is stored. The token itself is never stored, only its hash.
 */
public record PasswordResetRequested(long accountId, String email, Locale language, String token,
        Instant validUntil) {
}
