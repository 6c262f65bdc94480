package pl.wizyty.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Set;
import java.time.DayOfWeek;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;

/**
 * Free slots, derived from opening hours and breaks, closures, public holidays, the desks serving a matter and the
 * slots already held; and the holding and releasing of slots for visits. Every answer costs a fixed handful of
 * indexed queries, however many visits the database holds.
 */
@Service
@Transactional(readOnly = true)
public class SlotService {

    /** The name of the slot-hold key: its violation, and only its violation, means "someone holds this slot". */
    public static final String HOLD_KEY = "pk_slot_hold";

    /** How far ahead "the nearest free slots" looks before it gives up. */
    static final int NEAREST_SEARCH_DAYS = 90;
    private static final int NEAREST_CHUNK_DAYS = 14;

    private final MatterRepository matters;
    private final DeskRepository desks;
    private final OpeningHoursRepository openingHours;
    private final ClosureRepository closures;
    private final SlotHoldRepository holds;
    private final PublicHolidays holidays;
    private final Clock clock;
    private final ZoneId zone = TimeConfiguration.ZONE;

    SlotService(MatterRepository matters, DeskRepository desks, OpeningHoursRepository openingHours,
            ClosureRepository closures, SlotHoldRepository holds, PublicHolidays holidays, Clock clock) {
        this.matters = matters;
        this.desks = desks;
        this.openingHours = openingHours;
        this.closures = closures;
        this.holds = holds;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** Every day of the booking window with its availability. */
    public DayCalendar calendar(long matterId, long officeId) {
        Plan plan = plan(matterId, officeId);
        return calendar(plan, LocalDate.ofInstant(plan.earliest(), zone), plan.lastDay());
    }

    /**
     * Every day between {@code from} and {@code to} (both included) with its availability: free, full, or closed and
     * why (weekday without opening hours, public holiday, closure), plus the window for days outside the range. The
     * same fixed handful of queries however long the range: none per day.
     */
    public DayCalendar calendar(long matterId, long officeId, LocalDate from, LocalDate to) {
        return calendar(plan(matterId, officeId), from, to);
    }

    private DayCalendar calendar(Plan plan, LocalDate from, LocalDate to) {
        Map<LocalDate, DayAvailability> days = new HashMap<>();
        Map<LocalDate, List<FreeSlot>> slots = compute(plan, from, to, true, days);
        slots.forEach((day, free) -> days.put(day, free.isEmpty() ? DayAvailability.FULL : DayAvailability.FREE));
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return new DayCalendar(new BookingWindow(LocalDate.ofInstant(plan.earliest(), zone), plan.lastDay()), today,
                days);
    }

    /** The free start times on one day, in order. */
    public List<FreeSlot> freeSlotsOn(long matterId, long officeId, LocalDate day) {
        return compute(plan(matterId, officeId), day, day, true).getOrDefault(day, List.of());
    }

    /** Up to {@code limit} free slots from now on, nearest first. */
    public List<FreeSlot> nearestFreeSlots(long matterId, long officeId, int limit) {
        Instant now = clock.instant();
        return nearestFreeSlots(matterId, officeId, now, limit, now);
    }

    /** Up to {@code limit} free slots after the given moment, nearest first. */
    public List<FreeSlot> nearestFreeSlots(long matterId, long officeId, Instant after, int limit) {
        return nearestFreeSlots(matterId, officeId, after, limit, clock.instant());
    }

    /** The same, as the calendar stood at another moment (the demo data gives residents a past). */
    public List<FreeSlot> nearestFreeSlots(long matterId, long officeId, Instant after, int limit, Instant now) {
        Plan plan = plan(matterId, officeId, now);
        List<FreeSlot> found = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(after, zone);
        LocalDate last = day.plusDays(NEAREST_SEARCH_DAYS);
        while (found.size() < limit && !day.isAfter(last)) {
            LocalDate chunkEnd = day.plusDays(NEAREST_CHUNK_DAYS - 1L);
            Map<LocalDate, List<FreeSlot>> chunk = compute(plan, day, chunkEnd, true);
            for (LocalDate d = day; !d.isAfter(chunkEnd) && found.size() < limit; d = d.plusDays(1)) {
                for (FreeSlot slot : chunk.getOrDefault(d, List.of())) {
                    if (slot.start().isAfter(after) && found.size() < limit) {
                        found.add(slot);
                    }
                }
            }
            day = chunkEnd.plusDays(1);
        }
        return found;
    }

    /**
     * The slot plan for a visit of the matter starting then, computed once for a booking or a move: its end, the slot
     * units it covers, and the desks free for it in the order they should be tried (empty when every desk is held).
     * Refuses, with the reason, a time that can never be booked.
     */
    public Placement place(long matterId, long officeId, Instant start, Instant now) {
        Plan plan = plan(matterId, officeId, now);
        if (!plan.matter().isBookableOnline()) {
            throw new RuleViolation("booking.matter.notOnline");
        }
        if (!start.isAfter(now)) {
            throw new RuleViolation("booking.slot.past");
        }
        if (start.isBefore(plan.earliest())) {
            throw new RuleViolation("booking.slot.tooSoon", plan.matter().getMinNoticeHours());
        }
        LocalDate day = LocalDate.ofInstant(start, zone);
        if (day.isAfter(plan.lastDay())) {
            throw new RuleViolation("booking.slot.tooLate", plan.matter().getMaxDaysAhead());
        }
        List<FreeSlot> grid = compute(plan, day, day, false).getOrDefault(day, List.of());
        if (grid.isEmpty()) {
            throw new RuleViolation("booking.slot.closed");
        }
        FreeSlot onGrid = grid.stream().filter(slot -> slot.start().equals(start)).findFirst()
                .orElseThrow(() -> new RuleViolation("booking.slot.invalid"));
        List<Instant> units = SlotCalculator.unitsOf(start, plan.matter().getDurationMinutes(), plan.unitMinutes());
        return new Placement(matterId, officeId, start, onGrid.end(), units, freeDesksAt(plan, day, units));
    }

    /** Holds the desk for a visit; fails on the key {@value #HOLD_KEY} if anyone holds any unit of it already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(long deskId, Placement placement, long visitId) {
        for (Instant unit : placement.units()) {
            holds.insert(deskId, unit, visitId);
        }
    }

    /** Frees every slot unit the visit held. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long visitId) {
        holds.deleteByVisit(visitId);
    }

    /**
     * The desk-minutes an office offered over the days (both included): the opening hours in force each day times its
     * active desks, without public holidays and whole-day closures (of the office or of a desk). The denominator of
     * the desk's utilisation report.
     */
    @Transactional(readOnly = true)
    public long offeredMinutes(long officeId, LocalDate from, LocalDate to) {
        List<Long> active = desks.search(officeId, Pageable.unpaged()).stream().filter(DeskRow::active)
                .map(DeskRow::id).toList();
        if (active.isEmpty()) {
            return 0;
        }
        NavigableMap<LocalDate, Map<DayOfWeek, List<SlotCalculator.Interval>>> hours = hoursOf(officeId);
        List<Closure> closed = closures.findOverlapping(officeId, from, to);
        long minutes = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map.Entry<LocalDate, Map<DayOfWeek, List<SlotCalculator.Interval>>> inForce = hours.floorEntry(day);
            if (inForce == null || holidays.isHoliday(day)) {
                continue;
            }
            long open = inForce.getValue().getOrDefault(day.getDayOfWeek(), List.of()).stream()
                    .mapToLong(i -> Duration.between(i.opens(), i.closes()).toMinutes()).sum();
            LocalDate today = day;
            long openDesks = active.stream().filter(desk -> closed.stream().noneMatch(c -> c.coversWholeDay(today)
                    && (c.getDeskId() == null || desk.equals(c.getDeskId())))).count();
            minutes += open * openDesks;
        }
        return minutes;
    }

    private List<Long> freeDesksAt(Plan plan, LocalDate day, List<Instant> units) {
        List<Closure> closed = closures.findOverlapping(plan.officeId(), day, day);
        Map<Long, Set<Instant>> closedUnits = new HashMap<>();
        addPartClosures(plan, closed, day, closedUnits);
        Instant to = units.getLast().plusSeconds(1);
        return openDesks(plan, closed, day).stream()
                .filter(desk -> units.stream().noneMatch(closedUnits.getOrDefault(desk, Set.of())::contains))
                .filter(desk -> holds.findHeld(desk, units.getFirst(), to).isEmpty()).toList();
    }

    /**
     * Closures of part of a day (e.g. 10:00–12:00) block the slot units that overlap them, as if they were held, so
     * the calculator offers no visit that would run into the closed time.
     */
    private void addPartClosures(Plan plan, Collection<Closure> closed, LocalDate day,
            Map<Long, Set<Instant>> held) {
        for (Closure closure : closed) {
            if (!closure.isPartOfDay() || !closure.covers(day)) {
                continue;
            }
            Instant from = day.atTime(closure.getFromTime()).atZone(zone).toInstant();
            Instant to = day.atTime(closure.getToTime()).atZone(zone).toInstant();
            for (SlotCalculator.Interval interval : plan.hoursOn(day)) {
                Instant unit = day.atTime(interval.opens()).atZone(zone).toInstant();
                Instant closes = day.atTime(interval.closes()).atZone(zone).toInstant();
                for (; unit.isBefore(closes); unit = unit.plus(Duration.ofMinutes(plan.unitMinutes()))) {
                    Instant unitEnd = unit.plus(Duration.ofMinutes(plan.unitMinutes()));
                    if (unit.isBefore(to) && unitEnd.isAfter(from)) {
                        for (Long desk : plan.deskIds()) {
                            if (closure.getDeskId() == null || closure.getDeskId().equals(desk)) {
                                held.computeIfAbsent(desk, d -> new HashSet<>()).add(unit);
                            }
                        }
                    }
                }
            }
        }
    }

    private Map<LocalDate, List<FreeSlot>> compute(Plan plan, LocalDate from, LocalDate to, boolean withHolds) {
        return compute(plan, from, to, withHolds, new HashMap<>());
    }

    /**
     * The free slots of each open day in the range and window; {@code closedDays} gets the days that are closed, with
     * the reason. Days the result holds are open (full when their list is empty).
     */
    private Map<LocalDate, List<FreeSlot>> compute(Plan plan, LocalDate from, LocalDate to, boolean withHolds,
            Map<LocalDate, DayAvailability> closedDays) {
        Map<LocalDate, List<FreeSlot>> result = new HashMap<>();
        LocalDate first = from.isBefore(LocalDate.ofInstant(plan.earliest(), zone))
                ? LocalDate.ofInstant(plan.earliest(), zone) : from;
        LocalDate last = to.isAfter(plan.lastDay()) ? plan.lastDay() : to;
        if (first.isAfter(last)) {
            return result;
        }
        List<Closure> closed = closures.findOverlapping(plan.officeId(), first, last);
        Map<Long, Set<Instant>> held = new HashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            addPartClosures(plan, closed, day, held);
        }
        if (withHolds && !plan.deskIds().isEmpty()) {
            Instant rangeStart = first.atStartOfDay(zone).toInstant();
            Instant rangeEnd = last.plusDays(1).atStartOfDay(zone).toInstant();
            for (Long desk : plan.deskIds()) {
                held.computeIfAbsent(desk, d -> new HashSet<>()).addAll(holds.findHeld(desk, rangeStart, rangeEnd));
            }
        }
        Instant latestExclusive = plan.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<SlotCalculator.Interval> intervals = plan.hoursOn(day);
            if (holidays.isHoliday(day)) {
                closedDays.put(day, DayAvailability.HOLIDAY);
                continue;
            }
            if (intervals.isEmpty()) {
                closedDays.put(day, DayAvailability.CLOSED);
                continue;
            }
            List<Long> open = openDesks(plan, closed, day);
            if (open.isEmpty() && isClosedAllDay(plan, closed, day)) {
                closedDays.put(day, DayAvailability.CLOSURE);
                continue;
            }
            result.put(day, SlotCalculator.freeSlots(day, zone, intervals, plan.unitMinutes(),
                    plan.matter().getDurationMinutes(), open, held, plan.earliest(), latestExclusive));
        }
        return result;
    }

    /** The office, or every desk serving the matter, is closed the whole day. */
    private static boolean isClosedAllDay(Plan plan, Collection<Closure> closed, LocalDate day) {
        return closed.stream().anyMatch(c -> c.getDeskId() == null && c.coversWholeDay(day))
                || !plan.deskIds().isEmpty() && plan.deskIds().stream().allMatch(desk -> closed.stream()
                        .anyMatch(c -> desk.equals(c.getDeskId()) && c.coversWholeDay(day)));
    }

    private static List<Long> openDesks(Plan plan, Collection<Closure> closed, LocalDate day) {
        if (closed.stream().anyMatch(c -> c.getDeskId() == null && c.coversWholeDay(day))) {
            return List.of();
        }
        return plan.deskIds().stream()
                .filter(desk -> closed.stream().noneMatch(c -> desk.equals(c.getDeskId()) && c.coversWholeDay(day)))
                .toList();
    }

    private Plan plan(long matterId, long officeId) {
        return plan(matterId, officeId, clock.instant());
    }

    private Plan plan(long matterId, long officeId, Instant now) {
        Matter matter = matters.findBookableAt(matterId, officeId)
                .orElseThrow(() -> new RuleViolation("booking.matter.unknown"));
        Office office = matter.getOffices().stream().filter(o -> o.getId() == officeId).findFirst().orElseThrow();
        NavigableMap<LocalDate, Map<DayOfWeek, List<SlotCalculator.Interval>>> hours = hoursOf(officeId);
        Instant earliest = now.plus(Duration.ofHours(matter.getMinNoticeHours()));
        LocalDate lastDay = LocalDate.ofInstant(now, zone).plusDays(matter.getMaxDaysAhead());
        return new Plan(matter, officeId, office.getSlotMinutes(), desks.findIdsServing(officeId, matterId), hours,
                earliest, lastDay);
    }

    /** The office's sets of opening hours by the day each applies from. */
    private NavigableMap<LocalDate, Map<DayOfWeek, List<SlotCalculator.Interval>>> hoursOf(long officeId) {
        NavigableMap<LocalDate, Map<DayOfWeek, List<SlotCalculator.Interval>>> hours = new TreeMap<>();
        for (OpeningHours h : openingHours.findByOffice(officeId)) {
            hours.computeIfAbsent(h.getValidFrom(), from -> new EnumMap<>(DayOfWeek.class))
                    .computeIfAbsent(h.getDayOfWeek(), d -> new ArrayList<>())
                    .add(new SlotCalculator.Interval(h.getOpensAt(), h.getClosesAt()));
        }
        return hours;
    }

    private record Plan(Matter matter, long officeId, int unitMinutes, List<Long> deskIds,
            NavigableMap<LocalDate, Map<DayOfWeek, List<SlotCalculator.Interval>>> hours, Instant earliest,
            LocalDate lastDay) {

        /** The intervals in force that day: from the set of hours with the latest start on or before it. */
        List<SlotCalculator.Interval> hoursOn(LocalDate day) {
            Map.Entry<LocalDate, Map<DayOfWeek, List<SlotCalculator.Interval>>> inForce = hours.floorEntry(day);
            return inForce == null ? List.of() : inForce.getValue().getOrDefault(day.getDayOfWeek(), List.of());
        }
    }
}
