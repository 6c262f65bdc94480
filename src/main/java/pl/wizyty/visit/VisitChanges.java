package pl.wizyty.visit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.account.AccountDirectory;
import pl.wizyty.base.IntegrityErrors;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.SeparateTransactions;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.Office;
import pl.wizyty.schedule.Placement;
import pl.wizyty.schedule.SlotService;

/**
 * The one write path of a visit: book, move, cancel and record attendance, whoever acts (the resident, a clerk, the
 * system). Each operation locks the resident's account row (so one resident's changes run one after another and the
 * limits hold under concurrency), checks the limits, uses the slot plan computed once, holds and releases slots,
 * stores the history line the visit wrote, and publishes one {@link VisitChanged} inside the transaction.
 *
 * <p>Services call it after they have checked who is asking; views never do. Only a violation of the slot-hold key
 * means "slot taken" (try the next desk); a booking-number collision is retried; any other integrity error is a
 * real error and propagates.
 */
@Component
class VisitChanges {

    static final int ALTERNATIVES = 5;
    private static final int NUMBER_ATTEMPTS = 3;
    private static final String BOOKING_NUMBER_KEY = "uq_visit_booking_number";
    /** Visits read and kept managed at a time by {@link #cancelAll}; also the size of its IN lists. */
    static final int CANCEL_CHUNK = 25;

    private final VisitRepository visits;
    private final HistoryRepository history;
    private final SlotService slots;
    private final BookingNumbers numbers;
    private final BookingProperties properties;
    private final SeparateTransactions transactions;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final AccountDirectory accounts;
    private final Clock clock;

    VisitChanges(VisitRepository visits, HistoryRepository history, SlotService slots, BookingNumbers numbers,
            BookingProperties properties, SeparateTransactions transactions, ApplicationEventPublisher events,
            EntityManager entityManager, AccountDirectory accounts, Clock clock) {
        this.accounts = accounts;
        this.visits = visits;
        this.history = history;
        this.slots = slots;
        this.numbers = numbers;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Books a visit for the resident at the time asked for, on the first desk still free; returns it. */
    Visit book(long residentId, BookingRequest request, Acting by) {
        return book(residentId, request, by, clock.instant());
    }

    /** The same booking as of another moment; the demo data uses it to give residents a past. */
    Visit book(long residentId, BookingRequest request, Acting by, Instant now) {
        if (by.isResident() && !accounts.confirmed(residentId)) {
            throw new RuleViolation("visit.unconfirmedAccount");
        }
        Placement placement = slots.place(request.matterId(), request.officeId(), request.start(), now);
        for (Long desk : placement.freeDesks()) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return transactions.inNew(() -> bookOnDesk(residentId, request, placement, desk, by, now));
                } catch (PessimisticLockingFailureException busy) {
                    throw tooBusy();
                } catch (DataIntegrityViolationException refused) {
                    if (IntegrityErrors.violates(refused, SlotService.HOLD_KEY)) {
                        break;
                    }
                    if (!IntegrityErrors.violates(refused, BOOKING_NUMBER_KEY) || attempt == NUMBER_ATTEMPTS) {
                        throw refused;
                    }
                }
            }
        }
        throw new SlotTakenException(alternatives(request.matterId(), request.officeId(), request.start(), now));
    }

    /** Moves the visit to a new start of the same matter and office; the old slot is freed in the same commit. */
    Visit move(long visitId, long seenVersion, Instant newStart, Acting by, VisitScope scope) {
        Instant now = clock.instant();
        Visit seen = visits.findWithDetails(visitId).filter(scope::includes).orElseThrow(VisitChanges::notFound);
        seen.requireSeen(seenVersion);
        seen.requireMovable(newStart, by, now, properties.changeCutoff());
        long matterId = seen.getMatter().getId();
        long officeId = seen.getOffice().getId();
        Placement placement = slots.place(matterId, officeId, newStart, now);
        for (Long desk : placement.freeDesks()) {
            try {
                return transactions.inNew(() -> moveOnDesk(visitId, seenVersion, placement, desk, by, scope, now));
            } catch (DataIntegrityViolationException refused) {
                if (!IntegrityErrors.violates(refused, SlotService.HOLD_KEY)) {
                    throw refused;
                }
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                throw new RuleViolation("visit.stale");
            } catch (PessimisticLockingFailureException busy) {
                throw tooBusy();
            }
        }
        throw new SlotTakenException(alternatives(matterId, officeId, newStart, now));
    }

    /** Cancels the visit and frees its slot at once. */
    @Transactional
    public Visit cancel(long visitId, long seenVersion, String reason, Acting by, VisitScope scope) {
        Visit visit = locked(visitId, seenVersion, scope);
        visit.cancel(reason, by, clock.instant(), properties.changeCutoff());
        slots.release(visitId);
        store(visit);
        return visit;
    }

    /**
     * Cancels many visits with one reason (a closure): for each, the same rules, slot release, history line and event
     * as {@link #cancel}, in the caller's transaction; a visit that changed since it was seen, or is out of the scope,
     * refuses them all. Instead of three queries a visit, the residents' rows are locked together first (in id order,
     * so two such calls cannot deadlock) and the visits are then read {@value #CANCEL_CHUNK} at a time; after each
     * chunk the persistence context is flushed and cleared (entities the caller loaded before are detached), so that
     * each flush does not grow with the number already cancelled. Cancels in the order given; returns how many.
     */
    @Transactional
    public int cancelAll(Map<Long, Long> seenVersions, String reason, Acting by, VisitScope scope) {
        List<Long> ids = List.copyOf(seenVersions.keySet());
        if (ids.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> residents = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            residents.addAll(visits.findResidentIds(chunk));
        }
        List<Long> sorted = residents.stream().distinct().sorted().toList();
        for (List<Long> chunk : chunks(sorted)) {
            visits.lockResidents(chunk);
        }
        for (List<Long> chunk : chunks(ids)) {
            Map<Long, Visit> found = new HashMap<>();
            visits.findAllWithDetails(chunk).forEach(visit -> found.put(visit.getId(), visit));
            for (Long id : chunk) {
                Visit visit = found.get(id);
                if (visit == null || !scope.includes(visit)) {
                    throw notFound();
                }
                visit.requireSeen(seenVersions.get(id));
                visit.cancel(reason, by, now, properties.changeCutoff());
                slots.release(id);
                store(visit);
            }
            entityManager.flush();
            entityManager.clear();
        }
        return ids.size();
    }

    /** Records whether the resident came. */
    @Transactional
    public Visit recordAttendance(long visitId, long seenVersion, boolean present, Acting by, VisitScope scope) {
        Visit visit = locked(visitId, seenVersion, scope);
        visit.recordAttendance(present, by, clock.instant(), properties.attendanceFrom());
        store(visit);
        return visit;
    }

    /**
     * A row lock (the resident's account, the slot holds) was not granted in time: the database is overloaded, as
     * when a thousand people book at the hour new slots open. The transaction rolled back, so nothing changed; the
     * person is told to try again instead of seeing a generic error.
     */
    private static RuleViolation tooBusy() {
        return new RuleViolation("visit.busy");
    }

    /** The nearest free times for a matter after the given one, to offer when the chosen one is gone. */
    List<FreeSlot> alternatives(long matterId, long officeId, Instant after, Instant now) {
        return slots.nearestFreeSlots(matterId, officeId, after.isAfter(now) ? after : now, ALTERNATIVES);
    }

    private Visit bookOnDesk(long residentId, BookingRequest request, Placement placement, long desk, Acting by,
            Instant now) {
        visits.lockResident(residentId);
        requireWithinLimits(residentId, request.matterId(), placement, -1, now);
        Visit visit = Visit.book(new Visit.NewVisit(freshNumber(), residentId,
                entityManager.getReference(Matter.class, request.matterId()),
                entityManager.getReference(Office.class, request.officeId()), request.start(),
                request.contactEmail(), request.contactPhone(), request.note(), request.accessibilityNeeds()),
                placement.end(), desk, by, now);
        visits.saveAndFlush(visit);
        slots.hold(desk, placement, visit.getId());
        store(visit);
        return visit;
    }

    private Visit moveOnDesk(long visitId, long seenVersion, Placement placement, long desk, Acting by,
            VisitScope scope, Instant now) {
        Visit visit = locked(visitId, seenVersion, scope);
        requireWithinLimits(visit.getResidentId(), placement.matterId(), placement, visitId, now);
        visit.moveTo(placement.start(), placement.end(), desk, by, now, properties.changeCutoff());
        slots.release(visitId);
        slots.hold(desk, placement, visitId);
        store(visit);
        return visit;
    }

    /** The visit as it is now, read after its resident's row is locked; nobody else changes it until commit. */
    private Visit locked(long visitId, long seenVersion, VisitScope scope) {
        Long residentId = visits.findResidentId(visitId).orElseThrow(VisitChanges::notFound);
        visits.lockResident(residentId);
        Visit visit = visits.findWithDetails(visitId).filter(scope::includes).orElseThrow(VisitChanges::notFound);
        visit.requireSeen(seenVersion);
        return visit;
    }

    private void requireWithinLimits(long residentId, long matterId, Placement placement, long except, Instant now) {
        if (visits.countActiveForMatter(residentId, matterId, now, except) >= properties.maxActivePerMatter()) {
            throw new RuleViolation("booking.limit.perMatter", properties.maxActivePerMatter());
        }
        if (visits.countActive(residentId, now, except) >= properties.maxActiveTotal()) {
            throw new RuleViolation("booking.limit.total", properties.maxActiveTotal());
        }
        if (visits.countOverlapping(residentId, placement.start(), placement.end(), except) > 0) {
            throw new RuleViolation("booking.overlap");
        }
    }

    private String freshNumber() {
        String number = numbers.next();
        while (visits.existsByBookingNumber(number)) {
            number = numbers.next();
        }
        return number;
    }

    /** Writes the change, then its history lines and their events, all in the caller's transaction. */
    private void store(Visit visit) {
        visits.flushOrStale();
        for (HistoryRecord line : visit.takeUnsavedHistory()) {
            history.save(line);
            events.publishEvent(line.toDomainEvent());
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CANCEL_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CANCEL_CHUNK)));
        }
        return chunks;
    }

    private static RuleViolation notFound() {
        return new RuleViolation("visit.notFound");
    }
}
