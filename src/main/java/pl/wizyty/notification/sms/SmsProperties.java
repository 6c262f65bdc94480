package pl.wizyty.notification.sms;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS provider ({@code wizyty.sms.*}). Off by default; when on, the URL and the token are required, and the
 * application refuses to start without them rather than lose texts later.
 *
 * @param enabled             whether texts go to the provider at all
 * @param url                 the provider's send address, e.g. {@code https://api.smsapi.pl/sms.do}
 * @param token               the API token, sent as {@code Authorization: Bearer ...}; never logged
 * @param sender              the sender name registered with the provider (up to 11 letters and digits), or empty for
 *                            the provider's default
 * @param connectTimeout      how long to wait for a connection
 * @param readTimeout         how long to wait for the answer once connected
 * @param maxParts            texts longer than this many SMS are refused without sending (a guard against cost; the
 *                            visit texts fit one)
 * @param retryableErrorCodes error codes in a provider's answer body (HTTP 200 with {@code "error"}) that mean "try
 *                            again later"; the defaults are SMSAPI's codes for its internal errors and for too many
 *                            requests
 */
@ConfigurationProperties(prefix = "wizyty.sms")
public record SmsProperties(
        @DefaultValue("false") boolean enabled,
        URI url,
        String token,
        String sender,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("3") int maxParts,
        @DefaultValue({"201", "202", "203", "999"}) List<Integer> retryableErrorCodes) {

    private static final Pattern SENDER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 .-]{0,10}$");

    /** Throws with the setting to fix when an enabled gateway lacks something it needs. */
    void requireComplete() {
        if (url == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new IllegalStateException("wizyty.sms.enabled=true needs wizyty.sms.url (an http or https address)");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("wizyty.sms.enabled=true needs wizyty.sms.token");
        }
        if (sender != null && !sender.isBlank() && !SENDER.matcher(sender).matches()) {
            throw new IllegalStateException("wizyty.sms.sender must be up to 11 letters, digits, spaces, dots or dashes");
        }
    }
}
