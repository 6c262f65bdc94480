package pl.wizyty.admin.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pl.wizyty.schedule.WeekHours;

/** A day's opening intervals as an admin types them: "7:30–12:00, 12:30–15:30" (any dash; empty: closed). */
final class HoursText {

    private static final Pattern INTERVAL = Pattern.compile("^(\\d{1,2}[:.]\\d{2})\\s*[-–—]\\s*(\\d{1,2}[:.]\\d{2})$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private HoursText() {
    }

    /** The intervals, or {@code null} when the text cannot be read. */
    static List<WeekHours.Interval> parse(String text) {
        List<WeekHours.Interval> intervals = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return intervals;
        }
        for (String part : text.split("[,;]")) {
            Matcher matcher = INTERVAL.matcher(part.strip());
            if (!matcher.matches()) {
                return null;
            }
            try {
                intervals.add(new WeekHours.Interval(time(matcher.group(1)), time(matcher.group(2))));
            } catch (DateTimeParseException notATime) {
                return null;
            }
        }
        return intervals;
    }

    static String format(List<WeekHours.Interval> intervals) {
        return intervals.stream().map(i -> TIME.format(i.opens()) + "–" + TIME.format(i.closes()))
                .collect(Collectors.joining(", "));
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.replace('.', ':'), TIME);
    }
}
