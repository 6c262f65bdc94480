package pl.wizyty.account;

import java.time.Instant;
import java.util.Locale;

/**
 * A new registration waits for its owner to confirm the address: the notification outbox e-mails the one-time link,
 * in the transaction that stored the account and the token's hash.
 */
public record EmailConfirmationRequested(long accountId, String email, Locale language, String token,
        Instant validUntil) {
}
