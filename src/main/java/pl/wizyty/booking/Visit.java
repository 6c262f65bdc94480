package pl.wizyty.booking;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.Office;

/**
 * A visit a resident booked. It guards its own rules: nothing changes once it has passed or was cancelled, and a
 * resident cannot change it closer to its start than the cut-off. A visit is never deleted.
 */
@Entity
@Table(name = "visit")
public class Visit {

    public static final int NOTE_MAX = 500;
    public static final int ACCESSIBILITY_MAX = 500;
    public static final int CANCEL_REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_number", nullable = false, length = 16, unique = true)
    private String bookingNumber;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id")
    private Matter matter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "desk_id", nullable = false)
    private Long deskId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitStatus status;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "accessibility_needs", length = ACCESSIBILITY_MAX)
    private String accessibilityNeeds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = CANCEL_REASON_MAX)
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by", length = 20)
    private Actor cancelledBy;

    @Version
    private long version;

    protected Visit() {
    }

    public Visit(String bookingNumber, long residentId, Matter matter, Office office, long deskId, Instant startsAt,
            Instant endsAt, String contactEmail, String contactPhone, String note, String accessibilityNeeds,
            Instant createdAt) {
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("A visit ends after it starts");
        }
        this.bookingNumber = Objects.requireNonNull(bookingNumber);
        this.residentId = residentId;
        this.matter = matter;
        this.office = office;
        this.deskId = deskId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = VisitStatus.BOOKED;
        this.contactEmail = Objects.requireNonNull(contactEmail);
        this.contactPhone = blankToNull(contactPhone);
        this.note = limited(note, NOTE_MAX, "booking.note.tooLong");
        this.accessibilityNeeds = limited(accessibilityNeeds, ACCESSIBILITY_MAX, "booking.accessibility.tooLong");
        this.createdAt = createdAt;
    }

    /** Refuses to act on a visit that changed since the person looked at it (another tab, the office). */
    public void requireSeen(long seenVersion) {
        if (version != seenVersion) {
            throw new RuleViolation("visit.stale");
        }
    }

    /** Cancels the visit; the reason is optional and never cut, only refused when too long. */
    public void cancel(String reason, Actor by, Instant now, Duration residentCutoff) {
        if (status == VisitStatus.CANCELLED) {
            throw new RuleViolation("visit.alreadyCancelled");
        }
        requireChangeable(by, now, residentCutoff);
        String checkedReason = limited(reason, CANCEL_REASON_MAX, "visit.cancel.reasonTooLong");
        this.status = VisitStatus.CANCELLED;
        this.cancelReason = checkedReason;
        this.cancelledAt = now;
        this.cancelledBy = by;
    }

    /** Moves the visit to another start (and possibly another desk); the booking number stays. */
    public void moveTo(Instant newStart, Instant newEnd, long newDeskId, Actor by, Instant now,
            Duration residentCutoff) {
        requireMovable(newStart, by, now, residentCutoff);
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.deskId = newDeskId;
    }

    /** Refuses a move of a visit that passed, was cancelled, is too close, or to the time it already has. */
    public void requireMovable(Instant newStart, Actor by, Instant now, Duration residentCutoff) {
        if (status == VisitStatus.CANCELLED) {
            throw new RuleViolation("visit.alreadyCancelled");
        }
        requireChangeable(by, now, residentCutoff);
        if (newStart.equals(startsAt)) {
            throw new RuleViolation("visit.reschedule.sameTime");
        }
    }

    /**
     * The office records whether the resident came. Only for a booked visit, and not earlier than an hour before its
     * start (a resident may come early; nobody can be absent from a visit that is days away).
     */
    public void recordAttendance(boolean present, Instant now) {
        if (status == VisitStatus.CANCELLED) {
            throw new RuleViolation("visit.alreadyCancelled");
        }
        if (status != VisitStatus.BOOKED) {
            throw new RuleViolation("visit.attendance.alreadyRecorded");
        }
        if (now.isBefore(startsAt.minus(Duration.ofHours(1)))) {
            throw new RuleViolation("visit.attendance.tooEarly");
        }
        this.status = present ? VisitStatus.ATTENDED : VisitStatus.NO_SHOW;
    }

    /** Whether a resident may still change or cancel the visit now. */
    public boolean isChangeableByResident(Instant now, Duration residentCutoff) {
        return status == VisitStatus.BOOKED && now.plus(residentCutoff).isBefore(startsAt);
    }

    private void requireChangeable(Actor by, Instant now, Duration residentCutoff) {
        if (status != VisitStatus.BOOKED || !endsAt.isAfter(now)) {
            throw new RuleViolation("visit.change.past");
        }
        if (by == Actor.RESIDENT && !now.plus(residentCutoff).isBefore(startsAt)) {
            throw new RuleViolation("visit.change.tooLate", residentCutoff.toHours());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String limited(String text, int max, String messageKey) {
        String value = blankToNull(text);
        if (value != null && value.length() > max) {
            throw new RuleViolation(messageKey, max, value.length());
        }
        return value;
    }

    public VisitState state(Instant now) {
        return VisitState.of(status, endsAt, now);
    }

    public Long getId() {
        return id;
    }

    public String getBookingNumber() {
        return bookingNumber;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Matter getMatter() {
        return matter;
    }

    public Office getOffice() {
        return office;
    }

    public Long getDeskId() {
        return deskId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getNote() {
        return note;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Actor getCancelledBy() {
        return cancelledBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Visit other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Visit.class.hashCode();
    }
}
