package pl.wizyty;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one-time link of the newest account e-mail of a kind to an address, read from the outbox as the delivery
 * task would send it (tests do not run the task unless they test delivery).
 */
public final class ConfirmationLinks {

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");

    private ConfirmationLinks() {
    }

    /** The token of the newest address confirmation sent to the address. */
    public static String confirmationToken(JdbcTemplate jdbc, String email) {
        return token(jdbc, email, "EMAIL_CONFIRMATION");
    }

    public static String token(JdbcTemplate jdbc, String email, String kind) {
        List<String> bodies = jdbc.queryForList("select body_text from outbox_message where recipient = ? and kind = ?"
                + " order by id desc", String.class, email.strip().toLowerCase(java.util.Locale.ROOT), kind);
        if (bodies.isEmpty()) {
            throw new AssertionError("No " + kind + " message to " + email);
        }
        Matcher link = TOKEN.matcher(bodies.getFirst());
        if (!link.find()) {
            throw new AssertionError("No link in the " + kind + " message to " + email);
        }
        return link.group(1);
    }
}
