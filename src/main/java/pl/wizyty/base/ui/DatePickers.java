package pl.wizyty.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.TranslationProvider;

/**
 * Every date picker of the portal speaks the UI's language: month and weekday names, "today" and "cancel", the
 * language's date format from {@link DateTimeTexts} (typing the other usual forms works too), Monday first as in
 * Poland.
 */
public final class DatePickers {

    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickers() {
    }

    /** Sets the picker's texts and locale from {@code owner}'s language (the current UI's while not attached). */
    public static void localize(DatePicker picker, Component owner) {
        // A picker is usually built before it is attached, when it has no UI yet: then the current UI's language.
        Locale locale = TranslationProvider.supported(owner.getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(null));
        picker.setLocale(locale);
        picker.setI18n(i18n(owner, locale));
    }

    static DatePicker.DatePickerI18n i18n(Component owner, Locale locale) {
        List<String> formats = DateTimeTexts.numericDatePatterns(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(SUNDAY_FIRST.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(owner.getTranslation(locale, "datePicker.today"))
                .setCancel(owner.getTranslation(locale, "datePicker.cancel"))
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setBadInputErrorMessage(owner.getTranslation(locale, "datePicker.badInput"));
    }
}
