package pl.wizyty.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a visit's history: who did what, when, and from which time to which. */
@Entity
@Table(name = "visit_event")
class VisitEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 20)
    private Actor actorKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitEventKind kind;

    @Column(name = "from_start")
    private Instant fromStart;

    @Column(name = "to_start")
    private Instant toStart;

    @Column(length = Visit.CANCEL_REASON_MAX)
    private String reason;

    protected VisitEvent() {
    }

    VisitEvent(long visitId, Instant occurredAt, Long actorId, Actor actorKind, VisitEventKind kind,
            Instant fromStart, Instant toStart, String reason) {
        this.visitId = visitId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorKind = actorKind;
        this.kind = kind;
        this.fromStart = fromStart;
        this.toStart = toStart;
        this.reason = reason;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(occurredAt, actorKind, kind, fromStart, toStart, reason);
    }
}
