package pl.wizyty.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit trail: who did what to which account, visit or setting, and when. Never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int SUBJECT_MAX = 40;
    static final int DETAILS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_type", length = SUBJECT_MAX)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = DETAILS_MAX)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, AuditAction action, String subjectType, Long subjectId,
            String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorId = actorId;
        this.action = Objects.requireNonNull(action);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details == null || details.length() <= DETAILS_MAX ? details
                : details.substring(0, DETAILS_MAX - 1) + "…";
    }
}
