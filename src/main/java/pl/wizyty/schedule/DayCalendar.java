package pl.wizyty.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bookable days of a matter at an office over a range, each with its availability, worked out in one pass so a
 * calendar can mark every day without asking again day by day.
 */
public record DayCalendar(BookingWindow window, LocalDate today, Map<LocalDate, DayAvailability> days) {

    public DayCalendar {
        days = Map.copyOf(days);
    }

    /** Any day: from the range worked out, or from the window for a day outside it. */
    public DayAvailability availability(LocalDate day) {
        if (day.isBefore(today)) {
            return DayAvailability.PAST;
        }
        if (day.isBefore(window.firstDay())) {
            return DayAvailability.TOO_SOON;
        }
        if (day.isAfter(window.lastDay())) {
            return DayAvailability.BEYOND;
        }
        return days.getOrDefault(day, DayAvailability.FULL);
    }

    /** The free days, in order. */
    public List<LocalDate> freeDays() {
        return days.entrySet().stream().filter(day -> day.getValue() == DayAvailability.FREE)
                .map(Map.Entry::getKey).sorted().toList();
    }
}
