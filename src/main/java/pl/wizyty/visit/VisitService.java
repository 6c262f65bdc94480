package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * Moje wizyty: a resident's own visits, their details, cancelling and moving them. Every lookup and every change is
 * scoped to the signed-in resident's id, so someone else's visit is simply "not found". Changes go through the
 * visits' one write path.
 */
@Service
@RolesAllowed(Roles.RESIDENT)
public class VisitService {

    private final VisitRepository visits;
    private final HistoryRepository history;
    private final VisitChanges changes;
    private final BookingProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitService(VisitRepository visits, HistoryRepository history, VisitChanges changes,
            BookingProperties properties, CurrentUser currentUser, Clock clock) {
        this.visits = visits;
        this.history = history;
        this.changes = changes;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the signed-in resident's visits under a filter, in the order the list shows them. */
    @Transactional(readOnly = true)
    public List<VisitRow> myVisits(VisitFilter filter, Pageable page) {
        long me = me();
        Instant now = clock.instant();
        return switch (filter) {
            case UPCOMING -> visits.findUpcoming(me, now, page);
            case PAST -> visits.findPast(me, now, page);
            case CANCELLED -> visits.findCancelled(me, page);
        };
    }

    @Transactional(readOnly = true)
    public long countMyVisits(VisitFilter filter) {
        long me = me();
        Instant now = clock.instant();
        return switch (filter) {
            case UPCOMING -> visits.countUpcoming(me, now);
            case PAST -> visits.countPast(me, now);
            case CANCELLED -> visits.countCancelled(me);
        };
    }

    /** The state a resident reads for a row of the list. */
    public VisitState stateOf(VisitRow row) {
        return VisitState.of(row.status(), row.endsAt(), clock.instant());
    }

    /** Whether the row offers "Zmień termin" and "Odwołaj wizytę". */
    public boolean isChangeable(VisitRow row) {
        return row.status() == VisitStatus.BOOKED
                && clock.instant().plus(properties.changeCutoff()).isBefore(row.startsAt());
    }

    @Transactional(readOnly = true)
    public VisitDetails myVisit(long visitId) {
        return details(visits.findOwned(visitId, me()).orElseThrow(VisitService::notFound));
    }

    @Transactional(readOnly = true)
    public VisitDetails myVisitByNumber(String bookingNumber) {
        return details(visits.findOwnedByNumber(BookingNumbers.normalize(bookingNumber), me())
                .orElseThrow(VisitService::notFound));
    }

    /**
     * Cancels the resident's visit. {@code seenVersion} is the version the resident was looking at: if the visit
     * changed since (another tab, the office), nothing is overwritten and the resident is told.
     */
    @Transactional
    public VisitDetails cancel(long visitId, long seenVersion, String reason) {
        long me = me();
        return details(changes.cancel(visitId, seenVersion, reason, Acting.resident(me), VisitScope.ownedBy(me)));
    }

    /**
     * Moves the resident's visit to a new start of the same matter and office: the new slot is held and the old one
     * freed in one transaction. If the new one was taken meanwhile, the visit stays as it was.
     */
    public VisitDetails reschedule(long visitId, long seenVersion, Instant newStart) {
        long me = me();
        Visit moved = changes.move(visitId, seenVersion, newStart, Acting.resident(me), VisitScope.ownedBy(me));
        return details(moved);
    }

    /** Built from the visit as fetched (matter and office with it); only the history is read. */
    private VisitDetails details(Visit visit) {
        Instant now = clock.instant();
        List<HistoryEntry> lines = history.findByVisit(visit.getId()).stream().map(HistoryRecord::toEntry).toList();
        return VisitDetails.of(visit, lines, now, visit.isChangeableByResident(now, properties.changeCutoff()));
    }

    private long me() {
        return currentUser.require().accountId();
    }

    private static RuleViolation notFound() {
        return new RuleViolation("visit.notFound");
    }
}
