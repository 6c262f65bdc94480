package pl.wizyty.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    private final PublicHolidays holidays = new PublicHolidays();

    @Test
    void fixed_and_easter_dependent_polish_holidays_are_closed_days() {
        assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 11))).as("Independence Day").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 24))).as("Christmas Eve since 2025").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2027, 3, 29))).as("Easter Monday 2027").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2027, 5, 27))).as("Corpus Christi 2027").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2028, 4, 17))).as("Easter Monday 2028").isTrue();
    }

    @Test
    void ordinary_working_days_are_not_holidays() {
        assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2027, 3, 30))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2024, 12, 24))).as("Christmas Eve before 2025").isFalse();
    }
}
