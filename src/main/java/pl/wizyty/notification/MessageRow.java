package pl.wizyty.notification;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One message as the admin page "Wiadomości" shows it; the body is null once purged. The one-time link of an account
 * e-mail is hidden unless the town hall asked otherwise (the demo without a mail server).
 */
public record MessageRow(long id, long version, Instant createdAt, Instant dueAt, MessageKind kind, Channel channel,
        MessageStatus status, String recipient, String subject, String body, int attempts, String lastError,
        Instant sentAt) {

    private static final Pattern TOKEN = Pattern.compile("token=[A-Za-z0-9_-]+");
    static final String HIDDEN_TOKEN = "token=" + "\u2022".repeat(8);

    static MessageRow of(OutboxMessage message, boolean showSecretLinks) {
        String body = message.getBodyText();
        if (body != null && message.getKind().carriesSecretLink() && !showSecretLinks) {
            body = TOKEN.matcher(body).replaceAll(HIDDEN_TOKEN);
        }
        return new MessageRow(message.getId(), message.getVersion(), message.getCreatedAt(), message.getDueAt(),
                message.getKind(), message.getChannel(), message.getStatus(), message.getRecipient(),
                message.getSubject(), body, message.getAttempts(), message.getLastError(), message.getSentAt());
    }

    /** Whether "Wyślij ponownie" makes sense: not while it waits anyway, not for a withdrawn or purged one. */
    public boolean resendable() {
        return status != MessageStatus.PENDING && status != MessageStatus.WITHDRAWN && body != null;
    }
}
