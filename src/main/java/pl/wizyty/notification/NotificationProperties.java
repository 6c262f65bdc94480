package pl.wizyty.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings a municipality may tune ({@code wizyty.notification.*}); the mail server itself is Spring's
 * standard {@code spring.mail.*}.
 *
 * @param baseUrl        the portal's public address; links in messages are made absolute with it
 * @param from           the sender address of e-mails
 * @param reminderBefore how long before a visit its reminder goes out
 * @param retention      how long message bodies are kept before they are purged
 * @param firstRetry     the wait after the first failed attempt; it doubles after each further failure
 * @param maxRetry       the longest wait between two attempts
 * @param giveUpAfter    how long after it was due a message is still tried before it is marked failed
 * @param pollInterval   how often the delivery task looks for due messages
 * @param claimFor       how long a worker owns a message it took; after that another instance may take it over
 * @param batchSize      how many due messages one run of the delivery task takes at most
 * @param showAccountLinksToAdmins whether "Wiadomości" shows the one-time links of account e-mails (address
 *                       confirmation, password reset) to admins. Off: an admin could otherwise take over any account.
 *                       Only the demo, which runs without a mail server, turns it on.
 */
@ConfigurationProperties(prefix = "wizyty.notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("no-reply@localhost") String from,
        @DefaultValue("24h") Duration reminderBefore,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("6h") Duration maxRetry,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("5m") Duration claimFor,
        @DefaultValue("200") int batchSize,
        @DefaultValue("false") boolean showAccountLinksToAdmins) {

    /** The wait before attempt {@code attempts + 1}: 1 min, 2 min, 4 min ... up to the maximum. */
    public Duration backoff(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** An absolute link into the portal, e.g. {@code moje-wizyty/AK-7Q4M2}. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/" + path;
    }
}
