package pl.wizyty.notification.sms;

import java.time.Duration;
import java.util.Optional;

/**
 * What became of one text. {@link Sent}: the provider took it. {@link RetryableFailure}: it may go through later (no
 * connection, a timeout, HTTP 5xx or 429, a provider error it calls temporary). {@link PermanentFailure}: the same
 * request will always be refused (an invalid number, HTTP 4xx, a wrong token), so retrying only costs. {@link
 * NotConfigured}: this town hall sends no SMS; nothing was tried.
 *
 * <p>The reasons are for the admins' message list and the log, in English like an exception's message; they never
 * hold the token or the whole phone number.
 */
public sealed interface SmsResult {

    /** True only when the provider took the text. */
    default boolean sent() {
        return this instanceof Sent;
    }

    /** True when the caller should try again later. */
    default boolean retryable() {
        return this instanceof RetryableFailure;
    }

    /** @param providerId the provider's id of the message, when it gave one (for delivery reports) */
    record Sent(String providerId) implements SmsResult {
    }

    /** @param retryAfter how long the provider asked to wait (HTTP Retry-After in seconds), when it said */
    record RetryableFailure(String reason, Optional<Duration> retryAfter) implements SmsResult {

        public RetryableFailure(String reason) {
            this(reason, Optional.empty());
        }
    }

    record PermanentFailure(String reason) implements SmsResult {
    }

    record NotConfigured() implements SmsResult {
    }
}
