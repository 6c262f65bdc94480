package pl.wizyty.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.TranslationProvider;

/**
 * Dates and times as a person reads them, in Europe/Warsaw and the UI's language: "środa, 2 grudnia 2026",
 * "09:30". Times are always 24-hour, as the town hall's opening hours are written.
 */
public final class DateTimeTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DateTimeTexts() {
    }

    /** "środa, 2 grudnia 2026" / "Wednesday, December 2, 2026". */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(supported(locale)).format(date);
    }

    public static String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, TimeConfiguration.ZONE), locale);
    }

    /** "wtorek, 8 grudnia" / "Tuesday, December 8": for choices within the next weeks. */
    public static String dayAndMonth(LocalDate date, Locale locale) {
        Locale chosen = supported(locale);
        String pattern = TranslationProvider.POLISH.equals(chosen) ? "EEEE, d MMMM" : "EEEE, MMMM d";
        return DateTimeFormatter.ofPattern(pattern, chosen).format(date);
    }

    /** "09:30". */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String time(Instant instant) {
        return time(LocalTime.ofInstant(instant, TimeConfiguration.ZONE));
    }

    /** "02.12.2026", the short form Polish offices write. */
    public static String numericDate(LocalDate date) {
        return NUMERIC_DATE.format(date);
    }

    /**
     * The date picker's texts in the UI's language: month and weekday names, "today" and "cancel", Monday first and
     * the dd.MM.yyyy format (typing 2.12.2026 works too).
     */
    public static DatePicker.DatePickerI18n datePickerI18n(Component owner) {
        // A picker is usually built before it is attached, when it has no UI yet: then the current UI's language.
        Locale locale = supported(owner.getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(null));
        List<String> months = Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(owner.getTranslation("datePicker.today"))
                .setCancel(owner.getTranslation("datePicker.cancel"))
                .setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setBadInputErrorMessage(owner.getTranslation("datePicker.badInput"));
    }

    private static Locale supported(Locale locale) {
        return TranslationProvider.supported(locale);
    }
}
