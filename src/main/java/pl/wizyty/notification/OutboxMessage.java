package pl.wizyty.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import pl.wizyty.base.RuleViolation;

/**
 * A message in the outbox. Written in the transaction of the change it tells about; a delivery worker claims it,
 * sends it, and records the outcome here. It guards its own life: only a pending message is sent, a sent one is
 * never sent again unless an admin asks, and its body can be purged but its record stays.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 100_000;
    public static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageStatus status;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "dedup_key", length = 100, unique = true)
    private String dedupKey;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body_text", length = BODY_MAX)
    private String bodyText;

    @Column(name = "body_html", length = BODY_MAX)
    private String bodyHtml;

    @Column(length = BODY_MAX)
    private String calendar;

    @Column(name = "calendar_method", length = 10)
    private String calendarMethod;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(Channel channel, MessageKind kind, String recipient, String language, Long accountId,
            Long visitId, Content content, Instant now, Instant dueAt) {
        this.channel = Objects.requireNonNull(channel);
        this.kind = Objects.requireNonNull(kind);
        this.recipient = Objects.requireNonNull(recipient);
        this.language = Objects.requireNonNull(language);
        this.accountId = accountId;
        this.visitId = visitId;
        this.status = MessageStatus.PENDING;
        this.createdAt = now;
        this.dueAt = dueAt;
        this.nextAttemptAt = dueAt;
        replaceContent(content);
    }

    /** What a message says; the calendar part is optional. */
    record Content(String subject, String text, String html, String calendar, String calendarMethod) {
    }

    OutboxMessage withDedupKey(String key) {
        this.dedupKey = key;
        return this;
    }

    /**
     * A planned message (a reminder) gets a new recipient, content and time, and is pending again if it was
     * withdrawn.
     */
    void replan(String newRecipient, Content content, Instant newDueAt) {
        if (status == MessageStatus.SENT) {
            return;
        }
        this.recipient = Objects.requireNonNull(newRecipient);
        replaceContent(content);
        this.dueAt = newDueAt;
        this.nextAttemptAt = newDueAt;
        this.status = MessageStatus.PENDING;
        this.attempts = 0;
        this.lastError = null;
    }

    /** A planned message that is no longer wanted (the visit was cancelled); a sent one stays as it was. */
    void withdraw() {
        if (status == MessageStatus.PENDING || status == MessageStatus.HELD) {
            status = MessageStatus.WITHDRAWN;
        }
    }

    void sent(Instant now) {
        requirePending();
        status = MessageStatus.SENT;
        sentAt = now;
        lastError = null;
        attempts++;
        release();
    }

    /** A failed attempt: tried again after the backoff, or failed for good once the window since due has passed. */
    void attemptFailed(String error, Instant now, Instant retryAt, Instant giveUpAt, boolean permanent) {
        requirePending();
        attempts++;
        lastError = cut(error);
        if (permanent || !retryAt.isBefore(giveUpAt)) {
            status = MessageStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
        release();
    }

    /** No deliverer is configured for the channel: kept for the admin page. */
    void held(String reason) {
        requirePending();
        status = MessageStatus.HELD;
        lastError = cut(reason);
        release();
    }

    /** An admin sends it again: pending now, with a fresh delivery window. */
    void resend(Instant now) {
        if (status == MessageStatus.WITHDRAWN) {
            throw new RuleViolation("notification.resend.withdrawn");
        }
        if (purgedAt != null) {
            throw new RuleViolation("notification.resend.purged");
        }
        status = MessageStatus.PENDING;
        dueAt = now;
        nextAttemptAt = now;
        lastError = null;
        release();
    }

    Delivery toDelivery() {
        return new Delivery(id, channel, recipient, language, subject, bodyText, bodyHtml, calendar, calendarMethod);
    }

    private void replaceContent(Content content) {
        this.subject = Objects.requireNonNull(content.subject());
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        this.calendar = content.calendar();
        this.calendarMethod = content.calendarMethod();
    }

    private void requirePending() {
        if (status != MessageStatus.PENDING) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not pending");
        }
    }

    boolean isClaimedBy(String worker) {
        return worker.equals(claimedBy);
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    private static String cut(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public MessageKind getKind() {
        return kind;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getCalendarMethod() {
        return calendarMethod;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof OutboxMessage other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return OutboxMessage.class.hashCode();
    }
}
