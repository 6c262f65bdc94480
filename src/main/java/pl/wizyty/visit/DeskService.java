package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * The clerk's desk: the day's agenda of an office, attendance, and cancelling on a resident's behalf (no cut-off
 * for the office, but a reason; the history says the office did it and which clerk), through the one write path.
 */
@Service
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class DeskService {

    private final VisitRepository visits;
    private final VisitChanges changes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    DeskService(VisitRepository visits, VisitChanges changes, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.visits = visits;
        this.changes = changes;
        this.audit = audit;
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
        changes.recordAttendance(visitId, seenVersion, present, clerk(), VisitScope.everyVisit());
        audit.record(AuditAction.VISIT_ATTENDANCE, "visit", visitId, present ? "present" : "no-show");
    }

    @Transactional
    public void cancelOnBehalf(long visitId, long seenVersion, String reason) {
        Visit cancelled = changes.cancel(visitId, seenVersion, reason, clerk(), VisitScope.everyVisit());
        audit.record(AuditAction.VISIT_CANCELLED, "visit", visitId, cancelled.getCancelReason());
    }

    private Acting clerk() {
        return Acting.office(currentUser.require().accountId());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }
}
