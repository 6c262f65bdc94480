package pl.wizyty.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * Moje wizyty: a resident's own visits, their details, cancelling and moving them. Every method looks a visit up
 * together with the signed-in resident's id, so someone else's visit is simply "not found".
 */
@Service
@RolesAllowed(Roles.RESIDENT)
public class VisitService {

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final SlotService slots;
    private final ScheduleService schedule;
    private final BookingProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate readOnly;

    VisitService(VisitRepository visits, VisitEventRepository events, SlotService slots, ScheduleService schedule,
            BookingProperties properties, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.visits = visits;
        this.events = events;
        this.slots = slots;
        this.schedule = schedule;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactionManager);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
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
        Visit visit = visits.findOwned(visitId, me).orElseThrow(VisitService::notFound);
        visit.requireSeen(seenVersion);
        Instant now = clock.instant();
        visit.cancel(reason, Actor.RESIDENT, now, properties.changeCutoff());
        slots.release(visit.getId());
        events.save(new VisitEvent(visit.getId(), now, me, Actor.RESIDENT, VisitEventKind.CANCELLED, visit.getStartsAt(),
                null, visit.getCancelReason()));
        visits.flushOrStale();
        return details(visit);
    }

    /**
     * Moves the resident's visit to a new start of the same matter and office: the new slot is held and the old one
     * freed in one transaction. If the new one was taken meanwhile, the visit stays as it was.
     */
    public VisitDetails reschedule(long visitId, long seenVersion, Instant newStart) {
        long me = me();
        record Target(long matterId, long officeId, List<Long> desks) {
        }
        Target target = readOnly.execute(status -> {
            Visit visit = visits.findOwned(visitId, me).orElseThrow(VisitService::notFound);
            visit.requireSeen(seenVersion);
            visit.requireMovable(newStart, Actor.RESIDENT, clock.instant(), properties.changeCutoff());
            long matterId = visit.getMatter().getId();
            long officeId = visit.getOffice().getId();
            return new Target(matterId, officeId, slots.requireFreeDesks(matterId, officeId, newStart));
        });
        List<Long> desks = target.desks();
        for (Long desk : desks) {
            try {
                return writing.execute(status -> moveToDesk(me, visitId, seenVersion, newStart, desk));
            } catch (DataIntegrityViolationException deskTakenMeanwhile) {
                // The transaction rolled back with the visit unchanged; try the next desk.
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                throw new RuleViolation("visit.stale");
            }
        }
        throw new SlotTakenException(readOnly.execute(status -> slots.nearestFreeSlots(target.matterId(),
                target.officeId(), clock.instant(), BookingService.ALTERNATIVES)));
    }

    private VisitDetails moveToDesk(long me, long visitId, long seenVersion, Instant newStart, long deskId) {
        Visit visit = visits.findOwned(visitId, me).orElseThrow(VisitService::notFound);
        visit.requireSeen(seenVersion);
        Instant now = clock.instant();
        Instant oldStart = visit.getStartsAt();
        long matterId = visit.getMatter().getId();
        long officeId = visit.getOffice().getId();
        if (visits.countOverlapping(me, newStart, newStart.plus(slots.visitLength(matterId, officeId)), visitId) > 0) {
            throw new RuleViolation("booking.overlap");
        }
        visit.moveTo(newStart, newStart.plus(slots.visitLength(matterId, officeId)), deskId, Actor.RESIDENT, now,
                properties.changeCutoff());
        slots.release(visitId);
        slots.hold(deskId, matterId, officeId, newStart, visitId);
        events.save(new VisitEvent(visitId, now, me, Actor.RESIDENT, VisitEventKind.RESCHEDULED, oldStart, newStart,
                null));
        visits.flush();
        return details(visit);
    }

    private VisitDetails details(Visit visit) {
        Instant now = clock.instant();
        MatterInfo matter = schedule.matterAtOffice(visit.getMatter().getId(), visit.getOffice().getId())
                .orElseThrow().matter();
        OfficeInfo office = schedule.office(visit.getOffice().getId()).orElseThrow();
        List<HistoryEntry> history = events.findByVisitIdOrderByOccurredAtAscIdAsc(visit.getId()).stream()
                .map(VisitEvent::toEntry).toList();
        return new VisitDetails(visit.getId(), visit.getBookingNumber(), matter, office, visit.getStartsAt(),
                visit.getEndsAt(), visit.state(now), visit.getContactEmail(), visit.getContactPhone(),
                visit.getNote(), visit.getAccessibilityNeeds(), visit.getCreatedAt(), visit.getCancelledAt(),
                visit.getCancelReason(), visit.getCancelledBy(),
                visit.isChangeableByResident(now, properties.changeCutoff()), visit.getVersion(), history);
    }



    private long me() {
        return currentUser.require().accountId();
    }

    private static RuleViolation notFound() {
        return new RuleViolation("visit.notFound");
    }
}
