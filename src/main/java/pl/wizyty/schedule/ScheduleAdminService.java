package pl.wizyty.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.security.Roles;

/**
 * Setting up the town hall without SQL: offices, matters, desks, opening hours and closures. Every rule that keeps
 * the calendar sound is checked here (hours that overlap, a visit longer than any opening interval, a bookable matter
 * no desk serves). Rules that need the visits (hours that would strand booked visits, closures that cancel them) are
 * checked by the admin feature, which calls this service inside its own transaction. Free slots are computed from
 * these tables on every request, so a change applies to residents at once.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class ScheduleAdminService {

    private final OfficeRepository offices;
    private final MatterRepository matters;
    private final DeskRepository desks;
    private final OpeningHoursRepository hours;
    private final ClosureRepository closures;
    private final PublicHolidays holidays;
    private final AuditLog audit;
    private final Clock clock;

    ScheduleAdminService(OfficeRepository offices, MatterRepository matters, DeskRepository desks,
            OpeningHoursRepository hours, ClosureRepository closures, PublicHolidays holidays, AuditLog audit,
            Clock clock) {
        this.audit = audit;
        this.offices = offices;
        this.matters = matters;
        this.desks = desks;
        this.hours = hours;
        this.closures = closures;
        this.holidays = holidays;
        this.clock = clock;
    }

    // Offices

    @Transactional(readOnly = true)
    public List<OfficeRow> offices(String search, Pageable page) {
        return offices.search(like(search), page);
    }

    @Transactional(readOnly = true)
    public long countOffices(String search) {
        return offices.countSearch(like(search));
    }

    /** Every active office, for choosers. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.CLERK})
    public List<OfficeInfo> activeOffices() {
        return offices.findActive().stream().map(OfficeInfo::of).toList();
    }

    @Transactional(readOnly = true)
    public OfficeForm office(long id) {
        return OfficeForm.of(offices.findById(id).orElseThrow(ScheduleAdminService::notFound));
    }

    @Transactional
    public long saveOffice(OfficeForm form) {
        Office office = form.id() == null ? null
                : offices.findById(form.id()).orElseThrow(ScheduleAdminService::notFound);
        if (office == null) {
            office = new Office(form.name(), form.address(), form.room(), form.accessibilityInfo(), form.phone(),
                    form.email(), form.slotMinutes());
        } else {
            requireVersion(office.getVersion(), form.version());
            office.update(form.name(), form.address(), form.room(), form.accessibilityInfo(), form.phone(),
                    form.email(), form.slotMinutes(), form.active());
        }
        office.describeInEnglish(form.english());
        Office saved = offices.saveAndFlush(office);
        audit.record(AuditAction.OFFICE_SAVED, "office", saved.getId(), saved.getName());
        return saved.getId();
    }

    // Matters

    @Transactional(readOnly = true)
    public List<MatterRow> matters(String search, Pageable page) {
        return matters.search(like(search), page);
    }

    @Transactional(readOnly = true)
    public long countMatters(String search) {
        return matters.countSearch(like(search));
    }

    @Transactional(readOnly = true)
    public MatterForm matter(long id) {
        return MatterForm.of(matters.findById(id).orElseThrow(ScheduleAdminService::notFound));
    }

    /** The matters of an office, for the desk form. */
    @Transactional(readOnly = true)
    public List<MatterInfo> mattersOf(long officeId) {
        return matters.findByOffice(officeId).stream().map(MatterInfo::of).toList();
    }

    @Transactional
    public long saveMatter(MatterForm form) {
        if (form.officeId() == null) {
            throw RuleViolation.onField("officeId", "validation.required");
        }
        Office office = offices.findById(form.officeId()).orElseThrow(ScheduleAdminService::notFound);
        Matter matter = form.id() == null ? null
                : matters.findById(form.id()).orElseThrow(ScheduleAdminService::notFound);
        if (matter == null) {
            matter = new Matter(form.wording().name(), null, form.durationMinutes(), List.of(), false,
                    form.minNoticeHours(), form.maxDaysAhead());
        } else {
            requireVersion(matter.getVersion(), form.version());
        }
        matter.update(form.wording(), form.durationMinutes(), form.bookableOnline(), form.minNoticeHours(),
                form.maxDaysAhead(), form.active());
        boolean movesOffice = matter.getId() != null && !matter.getOffices().contains(office);
        if (movesOffice) {
            throw RuleViolation.onField("officeId", "admin.matter.officeFixed");
        }
        matter.handledOnlyBy(office);
        long longest = longestIntervalFromToday(office.getId());
        if (longest > 0 && form.durationMinutes() > longest) {
            throw RuleViolation.onField("durationMinutes", "admin.matter.longerThanHours", longest);
        }
        Matter saved = matters.saveAndFlush(matter);
        if (saved.isBookableOnline() && saved.isActive()
                && desks.findIdsServing(office.getId(), saved.getId()).isEmpty()) {
            throw RuleViolation.onField("bookableOnline", "admin.matter.noDesk");
        }
        audit.record(AuditAction.MATTER_SAVED, "matter", saved.getId(), saved.getName());
        return saved.getId();
    }

    // Desks

    @Transactional(readOnly = true)
    public List<DeskRow> desks(Long officeId, Pageable page) {
        return desks.search(officeId, page);
    }

    @Transactional(readOnly = true)
    public long countDesks(Long officeId) {
        return desks.countSearch(officeId);
    }

    @Transactional(readOnly = true)
    public DeskForm desk(long id) {
        return DeskForm.of(desks.findById(id).orElseThrow(ScheduleAdminService::notFound));
    }

    @Transactional
    public long saveDesk(DeskForm form) {
        if (form.officeId() == null) {
            throw RuleViolation.onField("officeId", "validation.required");
        }
        Office office = offices.findById(form.officeId()).orElseThrow(ScheduleAdminService::notFound);
        Desk desk = form.id() == null ? new Desk(office, form.name())
                : desks.findById(form.id()).orElseThrow(ScheduleAdminService::notFound);
        if (form.id() != null) {
            requireVersion(desk.getVersion(), form.version());
        }
        if (!desk.getOffice().equals(office)) {
            throw RuleViolation.onField("officeId", "admin.desk.officeFixed");
        }
        Set<Long> before = new HashSet<>(desk.getMatters().stream().map(Matter::getId).toList());
        List<Matter> served = matters.findAllById(form.matterIds());
        desk.update(form.name(), served, form.active());
        Desk saved = desks.saveAndFlush(desk);
        for (Long matterId : before) {
            matters.findById(matterId).filter(m -> m.isBookableOnline() && m.isActive())
                    .filter(m -> desks.findIdsServing(office.getId(), m.getId()).isEmpty())
                    .ifPresent(m -> {
                        throw RuleViolation.onField("matters", "admin.desk.lastDesk", m.getName());
                    });
        }
        audit.record(AuditAction.DESK_SAVED, "desk", saved.getId(), saved.getName());
        return saved.getId();
    }

    // Opening hours

    /** The hours in force on a day (empty days: closed). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.CLERK})
    public WeekHours inForceOn(long officeId, LocalDate day) {
        NavigableMap<LocalDate, Map<DayOfWeek, List<WeekHours.Interval>>> sets = hourSets(officeId);
        Map.Entry<LocalDate, Map<DayOfWeek, List<WeekHours.Interval>>> entry = sets.floorEntry(day);
        return entry == null ? new WeekHours(day, Map.of()) : new WeekHours(entry.getKey(), entry.getValue());
    }

    /** The days from which a new set of hours applies, newest last. */
    @Transactional(readOnly = true)
    public List<LocalDate> hourSetStarts(long officeId) {
        return List.copyOf(hourSets(officeId).keySet());
    }

    /**
     * Saves the week's hours from its first day on (replacing a set with that same day). Refuses overlapping or
     * reversed intervals, a start in the past, and hours shorter than a visit of one of the office's matters. The
     * caller has checked that no booked visit is left outside them.
     */
    @Transactional
    public void saveHours(long officeId, WeekHours week) {
        Office office = offices.findById(officeId).orElseThrow(ScheduleAdminService::notFound);
        if (week.validFrom() == null) {
            throw RuleViolation.onField("validFrom", "validation.required");
        }
        if (week.validFrom().isBefore(today())) {
            throw RuleViolation.onField("validFrom", "admin.hours.pastStart");
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WeekHours.Interval> sorted = new ArrayList<>(week.on(day));
            sorted.sort(Comparator.comparing(WeekHours.Interval::opens));
            for (int i = 0; i < sorted.size(); i++) {
                if (!sorted.get(i).opens().isBefore(sorted.get(i).closes())) {
                    throw RuleViolation.onField(day.name(), "admin.hours.order");
                }
                if (i > 0 && sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                    throw RuleViolation.onField(day.name(), "admin.hours.overlap");
                }
            }
        }
        long longest = week.longestMinutes();
        for (Matter matter : matters.findByOffice(officeId)) {
            if (matter.isActive() && longest > 0 && matter.getDurationMinutes() > longest) {
                throw new RuleViolation("admin.hours.shorterThanMatter", matter.getName(),
                        matter.getDurationMinutes());
            }
        }
        hours.deleteSet(officeId, week.validFrom());
        week.days().forEach((day, intervals) -> intervals.forEach(interval -> hours.save(
                new OpeningHours(office, week.validFrom(), day, interval.opens(), interval.closes()))));
        audit.record(AuditAction.HOURS_SAVED, "office", officeId, "from " + week.validFrom() + ": " + week.days());
    }

    // Closures

    @Transactional(readOnly = true)
    public List<ClosureRow> closures(Pageable page) {
        return closures.findFrom(today(), page);
    }

    @Transactional(readOnly = true)
    public long countClosures() {
        return closures.countFrom(today());
    }

    /** Checks a closure as asked for, without saving it: throws what is wrong, else says how many offices. */
    @Transactional(readOnly = true)
    public int checkClosure(ClosureForm form) {
        return toClosures(form).size();
    }

    /** Saves the closure (one per office when it is the whole town hall's day off); returns how many. */
    @Transactional
    public int saveClosure(ClosureForm form) {
        List<Closure> created = toClosures(form);
        closures.saveAll(created);
        audit.record(AuditAction.CLOSURE_SAVED, "office", form.officeId(), form.firstDay() + ".." + form.lastDay()
                + (form.fromTime() == null ? "" : " " + form.fromTime() + "-" + form.toTime()) + ": " + form.reason());
        return created.size();
    }

    @Transactional
    public void deleteClosure(long id) {
        closures.delete(closures.findById(id).orElseThrow(ScheduleAdminService::notFound));
    }

    /** National public holidays of a year, read-only: offices are closed on them anyway. */
    @Transactional(readOnly = true)
    public List<LocalDate> holidays(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (holidays.isHoliday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The desks of an office, for choosers (the clerk's desk filter too). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.CLERK})
    public List<DeskRow> desksOf(long officeId) {
        return desks.search(officeId, Pageable.unpaged());
    }

    private List<Closure> toClosures(ClosureForm form) {
        if (form.firstDay() == null) {
            throw RuleViolation.onField("firstDay", "validation.required");
        }
        LocalDate last = form.lastDay() == null ? form.firstDay() : form.lastDay();
        if (form.firstDay().isBefore(today())) {
            throw RuleViolation.onField("firstDay", "admin.closure.past");
        }
        if (Duration.between(form.firstDay().atStartOfDay(), last.atStartOfDay()).toDays() > 366) {
            throw RuleViolation.onField("lastDay", "admin.closure.tooLong");
        }
        List<Office> affected = form.officeId() == null ? offices.findActive()
                : List.of(offices.findById(form.officeId()).orElseThrow(ScheduleAdminService::notFound));
        if (form.deskId() != null) {
            Desk desk = desks.findById(form.deskId()).orElseThrow(ScheduleAdminService::notFound);
            if (form.officeId() == null || !desk.getOffice().getId().equals(form.officeId())) {
                throw RuleViolation.onField("deskId", "admin.closure.deskOfOtherOffice");
            }
        }
        return affected.stream().map(office -> new Closure(office, form.deskId(), form.firstDay(), last,
                form.fromTime(), form.toTime(), form.reason())).toList();
    }

    /** The longest opening interval in the hours in force today or set for later (0: no hours yet). */
    private long longestIntervalFromToday(long officeId) {
        NavigableMap<LocalDate, Map<DayOfWeek, List<WeekHours.Interval>>> sets = hourSets(officeId);
        LocalDate inForce = sets.floorKey(today());
        return (inForce == null ? sets : sets.tailMap(inForce, true)).entrySet().stream()
                .mapToLong(set -> new WeekHours(set.getKey(), set.getValue()).longestMinutes()).max().orElse(0);
    }

    private NavigableMap<LocalDate, Map<DayOfWeek, List<WeekHours.Interval>>> hourSets(long officeId) {
        NavigableMap<LocalDate, Map<DayOfWeek, List<WeekHours.Interval>>> sets = new TreeMap<>();
        for (OpeningHours h : hours.findByOffice(officeId)) {
            sets.computeIfAbsent(h.getValidFrom(), from -> new EnumMap<>(DayOfWeek.class))
                    .computeIfAbsent(h.getDayOfWeek(), d -> new ArrayList<>())
                    .add(new WeekHours.Interval(h.getOpensAt(), h.getClosesAt()));
        }
        sets.values().forEach(week -> week.values().forEach(list -> list.sort(
                Comparator.comparing(WeekHours.Interval::opens))));
        return sets;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireVersion(long current, long seen) {
        if (current != seen) {
            throw new RuleViolation("admin.stale");
        }
    }

    private static String like(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("%", "").replace("_", "") + "%";
    }

    private static RuleViolation notFound() {
        return new RuleViolation("admin.notFound");
    }
}
