package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.account.OfficeAccess;
import pl.wizyty.account.StaffService;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleService;
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
    private final StaffService staff;
    private final ScheduleService schedule;
    private final Clock clock;

    DeskService(VisitRepository visits, VisitChanges changes, CurrentUser currentUser, AuditLog audit,
            StaffService staff, ScheduleService schedule, Clock clock) {
        this.staff = staff;
        this.schedule = schedule;
        this.visits = visits;
        this.changes = changes;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The offices this person works for: the assigned ones for a clerk, all for an admin. */
    @Transactional(readOnly = true)
    public List<OfficeInfo> myOffices() {
        OfficeAccess access = staff.myOffices();
        return schedule.allOffices().stream().filter(office -> access.allows(office.id())).toList();
    }

    @Transactional(readOnly = true)
    public List<AgendaRow> agenda(long officeId, LocalDate day, Pageable page) {
        requireOffice(officeId);
        return visits.findAgenda(officeId, startOf(day), startOf(day.plusDays(1)), page);
    }

    @Transactional(readOnly = true)
    public long countAgenda(long officeId, LocalDate day) {
        requireOffice(officeId);
        return visits.countAgenda(officeId, startOf(day), startOf(day.plusDays(1)));
    }

    public VisitState stateOf(AgendaRow row) {
        return VisitState.of(row.status(), row.endsAt(), clock.instant());
    }

    @Transactional
    public void recordAttendance(long visitId, long seenVersion, boolean present) {
        changes.recordAttendance(visitId, seenVersion, present, clerk(), myScope());
        audit.record(AuditAction.VISIT_ATTENDANCE, "visit", visitId, present ? "present" : "no-show");
    }

    @Transactional
    public void cancelOnBehalf(long visitId, long seenVersion, String reason) {
        Visit cancelled = changes.cancel(visitId, seenVersion, reason, clerk(), myScope());
        audit.record(AuditAction.VISIT_CANCELLED, "visit", visitId, cancelled.getCancelReason());
    }

    /** A clerk of another office gets "not found", as for a visit that does not exist. */
    private void requireOffice(long officeId) {
        if (!staff.myOffices().allows(officeId)) {
            throw new RuleViolation("desk.office.notFound");
        }
    }

    private VisitScope myScope() {
        OfficeAccess access = staff.myOffices();
        return visit -> access.allows(visit.getOffice().getId());
    }

    private Acting clerk() {
        return Acting.office(currentUser.require().accountId());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }
}
