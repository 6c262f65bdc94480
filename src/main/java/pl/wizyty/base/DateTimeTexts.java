package pl.wizyty.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one place that writes dates and times, for pages, e-mails, SMS and the date picker alike, in Europe/Warsaw.
 * Each language has one style: Polish "środa, 2 grudnia 2026" and "02.12.2026"; English in the British order,
 * "Wednesday, 2 December 2026" and "02/12/2026", so that the day always comes first, as on Polish documents.
 * Times are always 24-hour, as the town hall's opening hours are written.
 */
public final class DateTimeTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** How one language writes dates; the numeric patterns are also what the date picker shows and accepts. */
    private record Style(String fullDate, String dayAndMonth, String numericDate, List<String> alsoAccepted) {
    }

    private static final Style POLISH = new Style("EEEE, d MMMM yyyy", "EEEE, d MMMM", "dd.MM.yyyy",
            List.of("d.M.yyyy", "yyyy-MM-dd"));
    private static final Style ENGLISH = new Style("EEEE, d MMMM yyyy", "EEEE, d MMMM", "dd/MM/yyyy",
            List.of("d/M/yyyy", "yyyy-MM-dd"));

    private DateTimeTexts() {
    }

    /** "środa, 2 grudnia 2026" / "Wednesday, 2 December 2026". */
    public static String date(LocalDate date, Locale locale) {
        return format(style(locale).fullDate(), date, locale);
    }

    public static String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, TimeConfiguration.ZONE), locale);
    }

    /** "wtorek, 8 grudnia" / "Tuesday, 8 December": for choices within the next weeks. */
    public static String dayAndMonth(LocalDate date, Locale locale) {
        return format(style(locale).dayAndMonth(), date, locale);
    }

    /** "02.12.2026" / "02/12/2026": the short form, for tables, SMS and where space is tight. */
    public static String numericDate(LocalDate date, Locale locale) {
        return format(style(locale).numericDate(), date, locale);
    }

    /** "09:30". */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String time(Instant instant) {
        return time(LocalTime.ofInstant(instant, TimeConfiguration.ZONE));
    }

    /** The date picker's display format (first) and the other forms it accepts when typed, in Vaadin's notation. */
    public static List<String> numericDatePatterns(Locale locale) {
        Style style = style(locale);
        return Stream.concat(Stream.of(style.numericDate()), style.alsoAccepted().stream()).toList();
    }

    private static Style style(Locale locale) {
        return TranslationProvider.ENGLISH.equals(TranslationProvider.supported(locale)) ? ENGLISH : POLISH;
    }

    private static String format(String pattern, LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, TranslationProvider.supported(locale)).format(date);
    }
}
