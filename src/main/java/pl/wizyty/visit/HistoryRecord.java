package pl.wizyty.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stored line of a visit's history: who did what, when, and from which time to which. Only {@link Visit} creates
 * one, as part of the change it records, so a change can never be made without its line.
 */
@Entity
@Table(name = "visit_event")
class HistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

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

    protected HistoryRecord() {
    }

    HistoryRecord(Visit visit, Instant occurredAt, Acting by, VisitEventKind kind, Instant fromStart, Instant toStart,
            String reason) {
        this.visit = visit;
        this.occurredAt = occurredAt;
        this.actorId = by.accountId();
        this.actorKind = by.kind();
        this.kind = kind;
        this.fromStart = fromStart;
        this.toStart = toStart;
        this.reason = reason;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(occurredAt, actorKind, kind, fromStart, toStart, reason);
    }

    /** The domain event that other features (notifications, reports) hear about this change. */
    VisitChanged toDomainEvent() {
        long visitId = visit.getId();
        long residentId = visit.getResidentId();
        Acting by = new Acting(actorKind, actorId);
        return switch (kind) {
            case BOOKED -> new VisitChanged.VisitBooked(visitId, residentId, by, toStart);
            case RESCHEDULED -> new VisitChanged.VisitMoved(visitId, residentId, by, fromStart, toStart);
            case CANCELLED -> new VisitChanged.VisitCancelled(visitId, residentId, by, fromStart, reason);
            case ATTENDED, NO_SHOW -> new VisitChanged.AttendanceRecorded(visitId, residentId, by,
                    kind == VisitEventKind.ATTENDED);
        };
    }
}
