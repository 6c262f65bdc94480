package pl.wizyty.notification;

import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps the mail tests to their own messages: what other tests left pending is parked, not sent to GreenMail. */
final class OutboxTesting {

    private OutboxTesting() {
    }

    static void parkOthers(JdbcTemplate jdbc) {
        jdbc.update("update outbox_message set status = 'HELD', last_error = 'parked by a test'"
                + " where status = 'PENDING'");
    }
}
