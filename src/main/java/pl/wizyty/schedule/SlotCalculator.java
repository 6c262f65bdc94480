package pl.wizyty.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out the free start times of one day from the opening intervals, the desks that serve the matter that day,
 * and the slot units those desks already hold. Pure: no database, no clock, so every rule is tested directly.
 *
 * <p>Starts follow the local wall clock from each interval's opening, one visit length apart, so residents see
 * round times. A local time that does not exist (the spring DST gap) is skipped; a local time that occurs twice
 * (the autumn switch) is offered once, at its first occurrence. Lengths are real minutes.
 */
final class SlotCalculator {

    private SlotCalculator() {
    }

    record Interval(LocalTime opens, LocalTime closes) {
    }

    /**
     * @param day             the local day
     * @param intervals       the office's opening intervals that day (empty when closed)
     * @param unitMinutes     the office's slot grid
     * @param durationMinutes the matter's visit length
     * @param deskIds         desks serving the matter that are open that day
     * @param held            per desk, the slot units already held
     * @param earliest        no start before this moment (notice period)
     * @param latestExclusive no start at or after this moment (booking window)
     */
    static List<FreeSlot> freeSlots(LocalDate day, ZoneId zone, Collection<Interval> intervals, int unitMinutes,
            int durationMinutes, Collection<Long> deskIds, Map<Long, Set<Instant>> held, Instant earliest,
            Instant latestExclusive) {
        List<FreeSlot> result = new ArrayList<>();
        if (deskIds.isEmpty()) {
            return result;
        }
        int units = units(durationMinutes, unitMinutes);
        int step = units * unitMinutes;
        for (Interval interval : intervals.stream().sorted((a, b) -> a.opens().compareTo(b.opens())).toList()) {
            for (LocalTime t = interval.opens(); fits(t, step, interval.closes()); t = t.plusMinutes(step)) {
                ZonedDateTime zoned = ZonedDateTime.of(day, t, zone);
                if (!zoned.toLocalTime().equals(t)) {
                    continue;
                }
                Instant start = zoned.toInstant();
                if (start.isBefore(earliest) || !start.isBefore(latestExclusive)) {
                    continue;
                }
                int free = 0;
                for (Long desk : deskIds) {
                    if (isFree(held.getOrDefault(desk, Set.of()), start, units, unitMinutes)) {
                        free++;
                    }
                }
                if (free > 0) {
                    result.add(new FreeSlot(start, start.plus(Duration.ofMinutes(step)), zoned.toLocalDateTime(),
                            free));
                }
            }
        }
        return result;
    }

    /** The slot units a visit of this length starting then occupies. */
    static List<Instant> unitsOf(Instant start, int durationMinutes, int unitMinutes) {
        int units = units(durationMinutes, unitMinutes);
        List<Instant> result = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            result.add(start.plus(Duration.ofMinutes((long) i * unitMinutes)));
        }
        return result;
    }

    static int units(int durationMinutes, int unitMinutes) {
        return (durationMinutes + unitMinutes - 1) / unitMinutes;
    }

    private static boolean fits(LocalTime start, int minutes, LocalTime closes) {
        LocalTime end = start.plusMinutes(minutes);
        return end.isAfter(start) && !end.isAfter(closes);
    }

    private static boolean isFree(Set<Instant> held, Instant start, int units, int unitMinutes) {
        for (int i = 0; i < units; i++) {
            if (held.contains(start.plus(Duration.ofMinutes((long) i * unitMinutes)))) {
                return false;
            }
        }
        return true;
    }
}
