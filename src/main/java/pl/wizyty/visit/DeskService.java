package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.account.NewResident;
import pl.wizyty.account.OfficeAccess;
import pl.wizyty.account.ResidentCard;
import pl.wizyty.account.ResidentDirectory;
import pl.wizyty.account.StaffService;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.DeskRow;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * The clerk's desk: the agenda of an office for a day or a week, which actions apply to a visit now, attendance,
 * moving and cancelling on a resident's behalf (no cut-off for the office, but a reason; the history says the office
 * did it and which clerk), all through the one write path. A clerk reaches only the offices they work for; any other
 * office or visit is "not found".
 */
@Service
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class DeskService {

    static final int SEARCH_RESIDENTS = 50;
    private static final int FOUND_RESIDENTS = 20;
    private static final Pattern BOOKING_NUMBER = Pattern.compile("[A-Z]{1,8}-[0-9A-Z]{3,10}");

    private final VisitRepository visits;
    private final ResidentDirectory directory;
    private final HistoryRepository history;
    private final VisitChanges changes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final StaffService staff;
    private final ScheduleService schedule;
    private final ScheduleAdminService scheduleAdmin;
    private final BookingProperties properties;
    private final Clock clock;

    DeskService(VisitRepository visits, HistoryRepository history, VisitChanges changes, CurrentUser currentUser,
            AuditLog audit, StaffService staff, ScheduleService schedule, ScheduleAdminService scheduleAdmin,
            BookingProperties properties, ResidentDirectory directory, Clock clock) {
        this.visits = visits;
        this.directory = directory;
        this.history = history;
        this.changes = changes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.staff = staff;
        this.schedule = schedule;
        this.scheduleAdmin = scheduleAdmin;
        this.properties = properties;
        this.clock = clock;
    }

    /** The offices this person works for: the assigned ones for a clerk, all for an admin. */
    @Transactional(readOnly = true)
    public List<OfficeInfo> myOffices() {
        OfficeAccess access = staff.myOffices();
        return schedule.allOffices().stream().filter(office -> access.allows(office.id())).toList();
    }

    /** The desks of one of my offices, for the desk filter. */
    @Transactional(readOnly = true)
    public List<DeskRow> desksOf(long officeId) {
        requireOffice(officeId);
        return scheduleAdmin.desksOf(officeId);
    }

    /** Today in the town hall's zone: where the desk opens. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<AgendaRow> agenda(AgendaFilter filter, Pageable page) {
        requireOffice(filter.officeId());
        return visits.findAgenda(filter.officeId(), filter.shown().statuses, startOf(filter.firstDay()),
                startOf(filter.endDay()), filter.deskId(), page);
    }

    @Transactional(readOnly = true)
    public long countAgenda(AgendaFilter filter) {
        requireOffice(filter.officeId());
        return visits.countAgenda(filter.officeId(), filter.shown().statuses, startOf(filter.firstDay()),
                startOf(filter.endDay()), filter.deskId());
    }

    /**
     * "Szukaj": visits of my offices by booking number, or by the resident's name, e-mail or phone, across dates
     * (newest first). Each is an indexed lookup; a name that fits many residents is narrowed to the first
     * {@value #SEARCH_RESIDENTS} of them.
     */
    @Transactional(readOnly = true)
    public List<AgendaRow> search(String text, Pageable page) {
        OfficeAccess access = staff.myOffices();
        String number = BookingNumbers.normalize(text);
        if (BOOKING_NUMBER.matcher(number).matches()) {
            List<AgendaRow> found = visits.findAgendaByNumber(number, access.all(), offices(access));
            return page.getOffset() > 0 ? List.of() : found;
        }
        List<Long> residents = residentsMatching(text);
        return residents.isEmpty() ? List.of()
                : visits.findAgendaOfResidents(residents, access.all(), offices(access), page);
    }

    @Transactional(readOnly = true)
    public long countSearch(String text) {
        OfficeAccess access = staff.myOffices();
        String number = BookingNumbers.normalize(text);
        if (BOOKING_NUMBER.matcher(number).matches()) {
            return visits.findAgendaByNumber(number, access.all(), offices(access)).size();
        }
        List<Long> residents = residentsMatching(text);
        return residents.isEmpty() ? 0 : visits.countOfResidents(residents, access.all(), offices(access));
    }

    private List<Long> residentsMatching(String text) {
        return directory.find(text, SEARCH_RESIDENTS).stream().map(ResidentCard::id).toList();
    }

    /** An IN list is never empty: a clerk without offices matches no office. */
    private static Set<Long> offices(OfficeAccess access) {
        return access.officeIds().isEmpty() ? Set.of(-1L) : access.officeIds();
    }

    /** The visits of one resident at my offices, newest first: the resident's record as the desk sees it. */
    @Transactional(readOnly = true)
    public List<AgendaRow> visitsOf(long residentId, Pageable page) {
        OfficeAccess access = staff.myOffices();
        return visits.findAgendaOfResidents(List.of(residentId), access.all(), offices(access), page);
    }

    @Transactional(readOnly = true)
    public long countVisitsOf(long residentId) {
        OfficeAccess access = staff.myOffices();
        return visits.countOfResidents(List.of(residentId), access.all(), offices(access));
    }

    /** Residents to book for, by name, e-mail or phone. */
    @Transactional(readOnly = true)
    public List<ResidentCard> findResidents(String text) {
        return directory.find(text, FOUND_RESIDENTS);
    }

    /** A caller or walk-in without an account: name plus phone or e-mail, no password. */
    @Transactional
    public ResidentCard recordResident(NewResident form) {
        return directory.record(form);
    }

    /** The matters one of my offices takes bookings for, as residents see them. */
    @Transactional(readOnly = true)
    public List<MatterInfo> bookableMatters(long officeId) {
        requireOffice(officeId);
        return schedule.bookableCatalogue("").stream().filter(group -> group.office().id() == officeId)
                .flatMap(group -> group.matters().stream()).toList();
    }

    /**
     * "Umów wizytę w imieniu mieszkańca": books through the one write path under the residents' rules (window,
     * limits, overlap, free desk), as the office, so the history says the office booked it. Returns the number.
     */
    public String bookFor(long residentId, BookingRequest request) {
        requireOffice(request.officeId());
        directory.resident(residentId);
        Visit visit = changes.book(residentId, request, clerk());
        audit.record(AuditAction.VISIT_BOOKED, "visit", visit.getId(), "by the office for resident " + residentId);
        return visit.getBookingNumber();
    }

    public VisitState stateOf(AgendaRow row) {
        return VisitState.of(row.status(), row.endsAt(), clock.instant());
    }

    /**
     * The actions that apply to the visit now, by the same rules the visit enforces: "present" from
     * {@code wizyty.booking.attendance-from} before the start, "absent" once it has started, moving and cancelling
     * while it is booked and not over; the preview always.
     */
    public Set<DeskAction> actionsFor(AgendaRow row) {
        Set<DeskAction> actions = EnumSet.of(DeskAction.PREVIEW);
        if (row.status() != VisitStatus.BOOKED) {
            return actions;
        }
        Instant now = clock.instant();
        if (!now.isBefore(row.startsAt().minus(properties.attendanceFrom()))) {
            actions.add(DeskAction.PRESENT);
        }
        if (!now.isBefore(row.startsAt())) {
            actions.add(DeskAction.ABSENT);
        }
        if (row.endsAt().isAfter(now)) {
            actions.add(DeskAction.RESCHEDULE);
            actions.add(DeskAction.CANCEL);
        }
        return actions;
    }

    /** "Podgląd": everything about a visit of my offices, its history included. */
    @Transactional(readOnly = true)
    public VisitDetails visit(long visitId) {
        Visit visit = visits.findWithDetails(visitId).filter(myScope()::includes)
                .orElseThrow(() -> new RuleViolation("visit.notFound"));
        Instant now = clock.instant();
        List<HistoryEntry> lines = history.findByVisit(visitId).stream().map(HistoryRecord::toEntry).toList();
        boolean changeable = visit.getStatus() == VisitStatus.BOOKED && visit.getEndsAt().isAfter(now);
        return VisitDetails.of(visit, lines, now, changeable);
    }

    @Transactional
    public void recordAttendance(long visitId, long seenVersion, boolean present) {
        changes.recordAttendance(visitId, seenVersion, present, clerk(), myScope());
        audit.record(AuditAction.VISIT_ATTENDANCE, "visit", visitId, present ? "present" : "no-show");
    }

    /**
     * "Zmień termin" on the resident's behalf: the same free slots and limits as for the resident, without the
     * resident's cut-off. Each try on a desk commits on its own (see {@link VisitChanges#move}).
     */
    public void reschedule(long visitId, long seenVersion, Instant newStart) {
        Visit moved = changes.move(visitId, seenVersion, newStart, clerk(), myScope());
        audit.record(AuditAction.VISIT_MOVED, "visit", visitId, moved.getStartsAt().toString());
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
