package pl.wizyty.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one-time links of the account e-mails (address confirmation, password reset): 256 random bits, of which only
 * a SHA-256 hash is stored. A token is spent once, under a row lock, so two uses at once cannot both succeed.
 */
@Component
class AccountTokens {

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the account; earlier unused ones of the same purpose keep working until they expire. */
    Issued issue(long accountId, String purpose, Duration validFor) {
        Instant now = clock.instant();
        String token = unguessable();
        tokens.save(new AccountToken(accountId, purpose, token, now, now.plus(validFor)));
        return new Issued(token, now.plus(validFor));
    }

    /** 256 random bits as URL-safe text: a token, or a password that nobody knows. */
    String unguessable() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Spends the token and gives its account, or nothing for an unknown, used or expired token. */
    Optional<Long> spend(String token, String purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findForUse(AccountToken.hash(token), purpose).filter(found -> found.usableAt(now))
                .map(found -> {
                    found.use(now);
                    return found.getAccountId();
                });
    }

    record Issued(String token, Instant validUntil) {
    }
}
