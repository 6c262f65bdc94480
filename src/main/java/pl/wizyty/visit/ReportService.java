package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.account.StaffService;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.Roles;

/**
 * "Raporty" of an office over a period, from aggregate queries (per matter, per day; the days folded into weeks), never
 * from a loop over visits. A clerk reports on their own offices only.
 */
@Service
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class ReportService {

    static final int MAX_DAYS = 366;
    static final int REASONS = 10;

    private final VisitRepository visits;
    private final StaffService staff;
    private final SlotService slots;

    ReportService(VisitRepository visits, StaffService staff, SlotService slots) {
        this.visits = visits;
        this.staff = staff;
        this.slots = slots;
    }

    @Transactional(readOnly = true)
    public OfficeReport report(long officeId, LocalDate from, LocalDate to) {
        if (!staff.myOffices().allows(officeId)) {
            throw new RuleViolation("desk.office.notFound");
        }
        if (from == null || to == null) {
            throw new RuleViolation("report.period.required");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("report.period.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolation("report.period.tooLong", MAX_DAYS);
        }
        Instant start = from.atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        List<ReportRow> matters = visits.reportPerMatter(officeId, start, end);
        OfficeReport.Counts total = OfficeReport.Counts.NONE;
        long bookedMinutes = 0;
        double leadSum = 0;
        long leadCount = 0;
        for (ReportRow row : matters) {
            total = total.plus(row.counts());
            bookedMinutes += row.bookedMinutes();
            if (row.leadHours() != null) {
                leadSum += row.leadHours() * row.booked();
                leadCount += row.booked();
            }
        }
        List<OfficeReport.Line> perMatter = matters.stream()
                .map(row -> new OfficeReport.Line((String) row.key(), row.counts())).toList();
        return new OfficeReport(officeId, from, to, total, perMatter, perWeek(officeId, start, end),
                visits.reportReasons(officeId, start, end, PageRequest.of(0, REASONS)),
                leadCount == 0 ? null : leadSum / leadCount, bookedMinutes, slots.offeredMinutes(officeId, from, to));
    }

    private List<OfficeReport.Line> perWeek(long officeId, Instant start, Instant end) {
        Map<LocalDate, OfficeReport.Counts> weeks = new TreeMap<>();
        for (ReportRow day : visits.reportPerDay(officeId, start, end)) {
            LocalDate monday = ((LocalDate) day.key()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.merge(monday, day.counts(), OfficeReport.Counts::plus);
        }
        return weeks.entrySet().stream().map(week -> new OfficeReport.Line(week.getKey().toString(), week.getValue()))
                .toList();
    }
}
