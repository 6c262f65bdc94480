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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TextRules;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.Office;

/**
 * A visit a resident booked. It guards its own rules: nothing changes once it has passed or was cancelled, and a
 * resident cannot change it closer to its start than the cut-off. Every change writes its own history line, which
 * {@link VisitChanges} stores and publishes. A visit is never deleted. Its texts (contact details, note, accessibility
 * needs, cancel reason) never hold invisible or control characters ({@link TextRules}).
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

    @Column(name = "contact_email", length = ContactRules.EMAIL_MAX)
    private String contactEmail;

    @Column(name = "contact_phone", length = ContactRules.PHONE_MAX)
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

    @Transient
    private final List<HistoryRecord> unsavedHistory = new ArrayList<>();

    protected Visit() {
    }

    private Visit(NewVisit what, Instant end, long deskId, boolean phoneIsEnough, Instant now) {
        if (!what.start().isBefore(end)) {
            throw new IllegalArgumentException("A visit ends after it starts");
        }
        this.bookingNumber = Objects.requireNonNull(what.bookingNumber());
        this.residentId = what.residentId();
        this.matter = Objects.requireNonNull(what.matter());
        this.office = Objects.requireNonNull(what.office());
        this.deskId = deskId;
        this.startsAt = what.start();
        this.endsAt = end;
        this.status = VisitStatus.BOOKED;
        String email = blankToNull(what.contactEmail());
        TextRules.requireCleanLine("contactEmail", email);
        TextRules.requireCleanLine("contactPhone", what.contactPhone());
        boolean phoneOnly = email == null && phoneIsEnough && blankToNull(what.contactPhone()) != null;
        if (!phoneOnly && !ContactRules.isEmail(email)) {
            throw RuleViolation.onField("contactEmail", "booking.contact.emailInvalid");
        }
        this.contactEmail = email;
        this.contactPhone = blankToNull(what.contactPhone());
        if (contactPhone != null && !ContactRules.isPhone(contactPhone)) {
            throw RuleViolation.onField("contactPhone", "booking.contact.phoneInvalid");
        }
        this.note = limited("note", what.note(), NOTE_MAX, "booking.note.tooLong");
        this.accessibilityNeeds = limited("accessibilityNeeds", what.accessibilityNeeds(), ACCESSIBILITY_MAX,
                "booking.accessibility.tooLong");
        this.createdAt = now;
    }

    /** What a new visit is made of; the desk and the end come from the slot plan. */
    record NewVisit(String bookingNumber, long residentId, Matter matter, Office office, Instant start,
            String contactEmail, String contactPhone, String note, String accessibilityNeeds) {
    }

    /**
     * A new booked visit on the desk, with the history line that says who booked it. The office may book for a
     * caller who gave only a phone; a resident always gives an e-mail.
     */
    static Visit book(NewVisit what, Instant end, long deskId, Acting by, Instant now) {
        Visit visit = new Visit(what, end, deskId, !by.isResident(), now);
        visit.record(now, by, VisitEventKind.BOOKED, null, visit.startsAt, null);
        return visit;
    }

    /** Refuses to act on a visit that changed since the person looked at it (another tab, the office). */
    public void requireSeen(long seenVersion) {
        if (version != seenVersion) {
            throw new RuleViolation("visit.stale");
        }
    }

    /**
     * Cancels the visit. A resident's reason is optional; the office must say why, because the resident reads it.
     * A reason is never cut, only refused when too long.
     */
    void cancel(String reason, Acting by, Instant now, Duration residentCutoff) {
        if (status == VisitStatus.CANCELLED) {
            throw new RuleViolation("visit.alreadyCancelled");
        }
        requireChangeable(by, now, residentCutoff);
        String checkedReason = limited("reason", reason, CANCEL_REASON_MAX, "visit.cancel.reasonTooLong");
        if (checkedReason == null && !by.isResident()) {
            throw RuleViolation.onField("reason", "visit.cancel.reasonRequired");
        }
        Instant startedAt = startsAt;
        this.status = VisitStatus.CANCELLED;
        this.cancelReason = checkedReason;
        this.cancelledAt = now;
        this.cancelledBy = by.kind();
        record(now, by, VisitEventKind.CANCELLED, startedAt, null, checkedReason);
    }

    /** Moves the visit to another start (and possibly another desk); the booking number stays. */
    void moveTo(Instant newStart, Instant newEnd, long newDeskId, Acting by, Instant now, Duration residentCutoff) {
        requireMovable(newStart, by, now, residentCutoff);
        Instant oldStart = startsAt;
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.deskId = newDeskId;
        record(now, by, VisitEventKind.RESCHEDULED, oldStart, newStart, null);
    }

    /** Refuses a move of a visit that passed, was cancelled, is too close, or to the time it already has. */
    void requireMovable(Instant newStart, Acting by, Instant now, Duration residentCutoff) {
        if (status == VisitStatus.CANCELLED) {
            throw new RuleViolation("visit.alreadyCancelled");
        }
        requireChangeable(by, now, residentCutoff);
        if (newStart.equals(startsAt)) {
            throw new RuleViolation("visit.reschedule.sameTime");
        }
    }

    /**
     * The office records whether the resident came: "present" from {@code presentFrom} before the start (people
     * come early), "absent" only once the visit has started; once per visit, and never for a cancelled one.
     */
    void recordAttendance(boolean present, Acting by, Instant now, Duration presentFrom) {
        if (status == VisitStatus.CANCELLED) {
            throw new RuleViolation("visit.alreadyCancelled");
        }
        if (status != VisitStatus.BOOKED) {
            throw new RuleViolation("visit.attendance.alreadyRecorded");
        }
        if (present && now.isBefore(startsAt.minus(presentFrom))) {
            throw new RuleViolation("visit.attendance.tooEarly", presentFrom.toMinutes());
        }
        if (!present && now.isBefore(startsAt)) {
            throw new RuleViolation("visit.attendance.noShowTooEarly");
        }
        this.status = present ? VisitStatus.ATTENDED : VisitStatus.NO_SHOW;
        record(now, by, present ? VisitEventKind.ATTENDED : VisitEventKind.NO_SHOW, null, null, null);
    }

    /** Whether a resident may still change or cancel the visit now. */
    public boolean isChangeableByResident(Instant now, Duration residentCutoff) {
        return status == VisitStatus.BOOKED && now.plus(residentCutoff).isBefore(startsAt);
    }

    /** The history lines of changes made since the visit was loaded, handed over once to be stored. */
    List<HistoryRecord> takeUnsavedHistory() {
        List<HistoryRecord> taken = List.copyOf(unsavedHistory);
        unsavedHistory.clear();
        return taken;
    }

    private void record(Instant at, Acting by, VisitEventKind kind, Instant from, Instant to, String reason) {
        unsavedHistory.add(new HistoryRecord(this, at, by, kind, from, to, reason));
    }

    private void requireChangeable(Acting by, Instant now, Duration residentCutoff) {
        if (status != VisitStatus.BOOKED || !endsAt.isAfter(now)) {
            throw new RuleViolation("visit.change.past");
        }
        if (by.isResident() && !now.plus(residentCutoff).isBefore(startsAt)) {
            throw new RuleViolation("visit.change.tooLate", residentCutoff.toHours());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String limited(String field, String text, int max, String messageKey) {
        TextRules.requireCleanText(field, text);
        String value = blankToNull(text);
        if (value != null && value.length() > max) {
            throw RuleViolation.onField(field, messageKey, max, value.length());
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
