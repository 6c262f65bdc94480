package pl.wizyty.notification;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.security.Roles;

/**
 * "Wiadomości" for admins: every message the portal sent, holds or gave up on, searchable by recipient or subject,
 * and "Wyślij ponownie". Resending queues the message again; the delivery task sends it.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class NotificationService {

    private final OutboxRepository outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean showSecretLinks;

    NotificationService(OutboxRepository outbox, AuditLog audit, Clock clock, NotificationProperties properties) {
        this.showSecretLinks = properties.showAccountLinksToAdmins();
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<MessageRow> messages(String search, MessageStatus status, Pageable page) {
        return outbox.search(like(search), status, page).stream()
                .map(message -> MessageRow.of(message, showSecretLinks)).toList();
    }

    @Transactional(readOnly = true)
    public long count(String search, MessageStatus status) {
        return outbox.countSearch(like(search), status);
    }

    /** Queues the message again as it was seen; one that changed meanwhile is refused. */
    @Transactional
    public MessageRow resend(long id, long seenVersion) {
        OutboxMessage message = outbox.findById(id).orElseThrow(() -> new RuleViolation("notification.notFound"));
        if (message.getVersion() != seenVersion) {
            throw new RuleViolation("admin.stale");
        }
        message.resend(clock.instant());
        outbox.flush();
        audit.record(AuditAction.MESSAGE_RESENT, "message", id, message.getKind().name());
        return MessageRow.of(message, showSecretLinks);
    }

    private static String like(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("%", "").replace("_", "") + "%";
    }
}
