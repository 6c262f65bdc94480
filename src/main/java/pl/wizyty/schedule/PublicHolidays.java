package pl.wizyty.schedule;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Polish public holidays of any year, Easter-dependent ones included; offices are closed on them. Each year is
 * worked out once: the library recomputes the whole year on every question, which cost milliseconds per day asked.
 */
@Component
public class PublicHolidays {

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.POLAND));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public boolean isHoliday(LocalDate day) {
        return byYear.computeIfAbsent(day.getYear(), this::holidaysOf).contains(day);
    }

    private Set<LocalDate> holidaysOf(int year) {
        return manager.getHolidays(Year.of(year)).stream()
                .filter(holiday -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY)
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
