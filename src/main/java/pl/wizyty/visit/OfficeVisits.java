package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.ClosureForm;
import pl.wizyty.schedule.WeekHours;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * The booked visits that a change of the town hall's set-up would hit: a closure (which cancels them, through the
 * visits' one write path, with the closure's reason) or new opening hours (which must not strand them). Lists are
 * paged; the candidates are read with one indexed query on office and start, then narrowed in memory.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class OfficeVisits {

    private final VisitRepository visits;
    private final VisitChanges changes;
    private final CurrentUser currentUser;
    private final Clock clock;

    OfficeVisits(VisitRepository visits, VisitChanges changes, CurrentUser currentUser, Clock clock) {
        this.visits = visits;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AgendaRow> hitByClosure(ClosureForm closure, Pageable page) {
        return paged(hitBy(closure), page);
    }

    @Transactional(readOnly = true)
    public long countHitByClosure(ClosureForm closure) {
        return hitBy(closure).size();
    }

    /** Cancels every booked visit the closure hits, as the office, with its reason; returns how many. */
    @Transactional
    public int cancelForClosure(ClosureForm closure) {
        Map<Long, Long> seenVersions = new LinkedHashMap<>();
        hitBy(closure).forEach(visit -> seenVersions.put(visit.id(), visit.version()));
        Acting office = Acting.office(currentUser.require().accountId());
        return changes.cancelAll(seenVersions, closure.reason(), office, VisitScope.everyVisit());
    }

    @Transactional(readOnly = true)
    public List<AgendaRow> outsideHours(long officeId, WeekHours week, Pageable page) {
        return paged(outside(officeId, week), page);
    }

    @Transactional(readOnly = true)
    public long countOutsideHours(long officeId, WeekHours week) {
        return outside(officeId, week).size();
    }

    private List<AgendaRow> hitBy(ClosureForm closure) {
        LocalDate last = closure.lastDay() == null ? closure.firstDay() : closure.lastDay();
        Instant now = clock.instant();
        Instant from = later(closure.firstDay().atStartOfDay(TimeConfiguration.ZONE).toInstant(), now);
        Instant to = last.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        return visits.findBooked(closure.officeId(), from, to).stream()
                .filter(visit -> closure.deskId() == null || closure.deskId().equals(visit.deskId()))
                .filter(visit -> closure.fromTime() == null || overlaps(visit, closure.fromTime(), closure.toTime()))
                .toList();
    }

    private List<AgendaRow> outside(long officeId, WeekHours week) {
        Instant from = later(week.validFrom().atStartOfDay(TimeConfiguration.ZONE).toInstant(), clock.instant());
        return visits.findBooked(officeId, from, Instant.parse("9999-01-01T00:00:00Z")).stream()
                .filter(visit -> {
                    ZonedDateTime start = visit.startsAt().atZone(TimeConfiguration.ZONE);
                    LocalTime end = visit.endsAt().atZone(TimeConfiguration.ZONE).toLocalTime();
                    return !week.admits(start.getDayOfWeek(), start.toLocalTime(), end);
                })
                .toList();
    }

    private static boolean overlaps(AgendaRow visit, LocalTime from, LocalTime to) {
        LocalTime start = visit.startsAt().atZone(TimeConfiguration.ZONE).toLocalTime();
        LocalTime end = visit.endsAt().atZone(TimeConfiguration.ZONE).toLocalTime();
        return start.isBefore(to) && end.isAfter(from);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static <T> List<T> paged(List<T> all, Pageable page) {
        if (page.isUnpaged()) {
            return all;
        }
        int from = (int) Math.min(page.getOffset(), all.size());
        return all.subList(from, Math.min(all.size(), from + page.getPageSize()));
    }
}
