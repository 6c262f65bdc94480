package pl.wizyty.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An office's opening hours from a day on: per weekday, the intervals it receives visitors (none: closed). */
public record WeekHours(LocalDate validFrom, Map<DayOfWeek, List<Interval>> days) {

    public record Interval(LocalTime opens, LocalTime closes) {
    }

    public WeekHours {
        Map<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, intervals) -> copy.put(day, List.copyOf(intervals)));
        days = copy;
    }

    public List<Interval> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** Whether a visit from {@code start} to {@code end} on that weekday lies inside one interval. */
    public boolean admits(DayOfWeek day, LocalTime start, LocalTime end) {
        return on(day).stream().anyMatch(i -> !start.isBefore(i.opens()) && !end.isAfter(i.closes()));
    }

    /** The longest interval in minutes (0 when closed all week). */
    public long longestMinutes() {
        return days.values().stream().flatMap(List::stream)
                .mapToLong(i -> java.time.Duration.between(i.opens(), i.closes()).toMinutes()).max().orElse(0);
    }
}
