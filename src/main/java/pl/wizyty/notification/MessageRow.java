package pl.wizyty.notification;

import java.time.Instant;

/** One message as the admin page "Wiadomości" shows it; the body is null once purged. */
public record MessageRow(long id, long version, Instant createdAt, Instant dueAt, MessageKind kind, Channel channel,
        MessageStatus status, String recipient, String subject, String body, int attempts, String lastError,
        Instant sentAt) {

    static MessageRow of(OutboxMessage message) {
        return new MessageRow(message.getId(), message.getVersion(), message.getCreatedAt(), message.getDueAt(),
                message.getKind(), message.getChannel(), message.getStatus(), message.getRecipient(),
                message.getSubject(), message.getBodyText(), message.getAttempts(), message.getLastError(),
                message.getSentAt());
    }

    /** Whether "Wyślij ponownie" makes sense: not while it waits anyway, not for a withdrawn or purged one. */
    public boolean resendable() {
        return status != MessageStatus.PENDING && status != MessageStatus.WITHDRAWN && body != null;
    }
}
