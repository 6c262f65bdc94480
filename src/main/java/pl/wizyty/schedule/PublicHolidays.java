package pl.wizyty.schedule;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Polish public holidays of any year, Easter-dependent ones included; offices are closed on them. */
@Component
public class PublicHolidays {

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.POLAND));

    public boolean isHoliday(LocalDate day) {
        return manager.isHoliday(day, HolidayType.PUBLIC_HOLIDAY);
    }
}
