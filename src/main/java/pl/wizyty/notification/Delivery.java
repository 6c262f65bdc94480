package pl.wizyty.notification;

/**
 * One message as a {@link Deliverer} sends it. The id is stable across attempts, so a channel that can tell its
 * receiver about duplicates (e-mail's Message-ID) uses it. Calendar and HTML are null where the message has none.
 */
public record Delivery(long id, Channel channel, String recipient, String language, String subject, String text,
        String html, String calendar, String calendarMethod) {
}
