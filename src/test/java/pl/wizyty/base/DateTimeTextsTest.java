package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Each language writes dates in one style, day first, wherever they appear. */
class DateTimeTextsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void polish_dates_read_as_polish_offices_write_them() {
        assertThat(DateTimeTexts.date(WEDNESDAY, TranslationProvider.POLISH)).isEqualTo("środa, 2 grudnia 2026");
        assertThat(DateTimeTexts.dayAndMonth(WEDNESDAY, TranslationProvider.POLISH)).isEqualTo("środa, 2 grudnia");
        assertThat(DateTimeTexts.numericDate(WEDNESDAY, TranslationProvider.POLISH)).isEqualTo("02.12.2026");
        assertThat(DateTimeTexts.numericDatePatterns(TranslationProvider.POLISH)).startsWith("dd.MM.yyyy");
    }

    @Test
    void english_dates_put_the_day_first_in_words_and_in_numbers() {
        assertThat(DateTimeTexts.date(WEDNESDAY, TranslationProvider.ENGLISH))
                .isEqualTo("Wednesday, 2 December 2026");
        assertThat(DateTimeTexts.dayAndMonth(WEDNESDAY, TranslationProvider.ENGLISH)).isEqualTo("Wednesday, 2 December");
        assertThat(DateTimeTexts.numericDate(WEDNESDAY, TranslationProvider.ENGLISH)).isEqualTo("02/12/2026");
        assertThat(DateTimeTexts.numericDatePatterns(TranslationProvider.ENGLISH)).startsWith("dd/MM/yyyy");
    }

    @Test
    void any_english_variant_writes_like_english_and_anything_else_like_polish() {
        assertThat(DateTimeTexts.date(WEDNESDAY, java.util.Locale.US)).isEqualTo("Wednesday, 2 December 2026");
        assertThat(DateTimeTexts.date(WEDNESDAY, java.util.Locale.GERMAN)).isEqualTo("środa, 2 grudnia 2026");
    }

    @Test
    void an_instant_is_dated_and_timed_in_warsaw() {
        Instant lateEvening = LocalDateTime.of(2026, 12, 2, 23, 30).atZone(TimeConfiguration.ZONE).toInstant();
        assertThat(DateTimeTexts.date(lateEvening, TranslationProvider.ENGLISH)).startsWith("Wednesday, 2 December");
        assertThat(DateTimeTexts.time(lateEvening)).isEqualTo("23:30");
    }
}
