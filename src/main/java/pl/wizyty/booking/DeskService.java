package pl.wizyty.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * The clerk's desk: the day's agenda of an office, attendance, and cancelling on a resident's behalf (no cut-off
 * for the office; the history says the office did it and which clerk).
 */
@Service
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class DeskService {

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final SlotService slots;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeskService(VisitRepository visits, VisitEventRepository events, SlotService slots, CurrentUser currentUser,
            Clock clock) {
        this.visits = visits;
        this.events = events;
        this.slots = slots;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AgendaRow> agenda(long officeId, LocalDate day, Pageable page) {
        return visits.findAgenda(officeId, startOf(day), startOf(day.plusDays(1)), page);
    }

    @Transactional(readOnly = true)
    public long countAgenda(long officeId, LocalDate day) {
        return visits.countAgenda(officeId, startOf(day), startOf(day.plusDays(1)));
    }

    public VisitState stateOf(AgendaRow row) {
        return VisitState.of(row.status(), row.endsAt(), clock.instant());
    }

    @Transactional
    public void recordAttendance(long visitId, long seenVersion, boolean present) {
        Visit visit = load(visitId, seenVersion);
        Instant now = clock.instant();
        visit.recordAttendance(present, now);
        events.save(new VisitEvent(visitId, now, currentUser.require().accountId(), Actor.OFFICE,
                present ? VisitEventKind.ATTENDED : VisitEventKind.NO_SHOW, null, null, null));
        visits.flushOrStale();
    }

    @Transactional
    public void cancelOnBehalf(long visitId, long seenVersion, String reason) {
        Visit visit = load(visitId, seenVersion);
        Instant now = clock.instant();
        visit.cancel(reason, Actor.OFFICE, now, Duration.ZERO);
        slots.release(visitId);
        events.save(new VisitEvent(visitId, now, currentUser.require().accountId(), Actor.OFFICE,
                VisitEventKind.CANCELLED, visit.getStartsAt(), null, visit.getCancelReason()));
        visits.flushOrStale();
    }

    private Visit load(long visitId, long seenVersion) {
        Visit visit = visits.findWithDetails(visitId).orElseThrow(() -> new RuleViolation("visit.notFound"));
        visit.requireSeen(seenVersion);
        return visit;
    }


    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }
}
