package pl.wizyty.admin;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.ClosureForm;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.schedule.WeekHours;
import pl.wizyty.security.Roles;
import pl.wizyty.visit.OfficeVisits;

/**
 * The changes of the set-up that reach booked visits, each in one transaction: new opening hours (refused while they
 * would leave a booked visit outside them) and closures (which cancel the visits they hit, with their reason, through
 * the visits' one write path, and are saved in the same commit).
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class TownHallSetup {

    private final ScheduleAdminService schedule;
    private final OfficeVisits visits;
    private final AuditLog audit;

    TownHallSetup(ScheduleAdminService schedule, OfficeVisits visits, AuditLog audit) {
        this.schedule = schedule;
        this.visits = visits;
        this.audit = audit;
    }

    /** Saves the hours unless a booked visit from their first day on would fall outside them. */
    @Transactional
    public void saveHours(long officeId, WeekHours week) {
        long stranded = week.validFrom() == null ? 0 : visits.countOutsideHours(officeId, week);
        if (stranded > 0) {
            throw new RuleViolation("admin.hours.visitsOutside", stranded);
        }
        schedule.saveHours(officeId, week);
    }

    /** Saves a closure that hits no booked visit; one that does needs {@link #closeAndCancel}. */
    @Transactional
    public int close(ClosureForm closure) {
        schedule.checkClosure(closure);
        long hit = visits.countHitByClosure(closure);
        if (hit > 0) {
            throw new RuleViolation("admin.closure.visitsHit", hit);
        }
        return schedule.saveClosure(closure);
    }

    /** "Odwołaj wizyty": cancels every visit the closure hits, with its reason, and saves it; returns how many. */
    @Transactional
    public int closeAndCancel(ClosureForm closure) {
        schedule.checkClosure(closure);
        int cancelled = visits.cancelForClosure(closure);
        schedule.saveClosure(closure);
        audit.record(AuditAction.CLOSURE_VISITS_CANCELLED, "office", closure.officeId(),
                cancelled + " visits: " + closure.reason());
        return cancelled;
    }
}
