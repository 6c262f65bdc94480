package pl.wizyty.visit;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import java.util.Date;
import java.util.TimeZone;
import pl.wizyty.base.TimeConfiguration;

/** The visit as an iCalendar file for "Dodaj do kalendarza", with times in Europe/Warsaw. */
public final class CalendarFile {

    private CalendarFile() {
    }

    public static String of(VisitDetails visit, String summary, String description) {
        ICalendar calendar = new ICalendar();
        calendar.setMethod(Method.publish());
        TimeZone zone = TimeZone.getTimeZone(TimeConfiguration.ZONE);
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(zone, TimeConfiguration.ZONE.getId()));
        VEvent event = new VEvent();
        event.setUid(visit.bookingNumber() + "@wizyty");
        event.setSummary(summary);
        event.setDescription(description);
        event.setLocation(visit.office().name() + ", " + visit.office().address() + ", " + visit.office().room());
        event.setDateStart(Date.from(visit.startsAt()));
        event.setDateEnd(Date.from(visit.endsAt()));
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }

    public static String fileName(VisitDetails visit) {
        return "wizyta-" + visit.bookingNumber() + ".ics";
    }
}
