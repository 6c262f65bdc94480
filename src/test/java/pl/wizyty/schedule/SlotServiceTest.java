package pl.wizyty.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.base.RuleViolation;

@IntegrationTest
class SlotServiceTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** Monday 7 December 2026, 07:00 in Warsaw. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);

    @Autowired
    SlotService slots;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void standStill() {
        clock.set(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void weekends_public_holidays_and_office_closures_have_no_free_days() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        fixtures.close(office.officeId(), null, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10));

        List<LocalDate> days = slots.calendar(office.matterId(), office.officeId(),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 27)).freeDays();

        assertThat(days).containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 18),
                LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 23));
    }

    @Test
    void the_calendar_gives_every_day_its_reason_free_full_closed_holiday_closure_past_too_soon_or_beyond() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        fixtures.close(office.officeId(), null, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9));
        fixtures.closeHours(office.officeId(), LocalDate.of(2026, 12, 10), LocalTime.of(8, 0), LocalTime.of(15, 0));

        DayCalendar calendar = slots.calendar(office.matterId(), office.officeId(), LocalDate.of(2026, 12, 7),
                LocalDate.of(2027, 1, 6));

        assertThat(calendar.availability(LocalDate.of(2026, 12, 8))).isEqualTo(DayAvailability.FREE);
        assertThat(calendar.availability(LocalDate.of(2026, 12, 9))).isEqualTo(DayAvailability.CLOSURE);
        assertThat(calendar.availability(LocalDate.of(2026, 12, 10))).isEqualTo(DayAvailability.FULL);
        assertThat(calendar.availability(LocalDate.of(2026, 12, 12))).isEqualTo(DayAvailability.CLOSED);
        assertThat(calendar.availability(LocalDate.of(2026, 12, 13))).isEqualTo(DayAvailability.CLOSED);
        assertThat(calendar.availability(LocalDate.of(2026, 12, 25))).isEqualTo(DayAvailability.HOLIDAY);
        assertThat(calendar.availability(LocalDate.of(2026, 12, 4))).isEqualTo(DayAvailability.PAST);
        assertThat(calendar.availability(LocalDate.of(2027, 1, 7))).isEqualTo(DayAvailability.BEYOND);
        assertThat(calendar.freeDays()).startsWith(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14)).doesNotContain(LocalDate.of(2026, 12, 25));

        ScheduleFixtures.Setup withNotice = fixtures.office(1, 30, 15, 48, 30, true);
        DayCalendar noticed = slots.calendar(withNotice.matterId(), withNotice.officeId(), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 31));
        assertThat(noticed.availability(LocalDate.of(2026, 12, 8))).isEqualTo(DayAvailability.TOO_SOON);
        assertThat(noticed.availability(LocalDate.of(2026, 12, 9))).isEqualTo(DayAvailability.FREE);
    }

    @Test
    void the_calendar_of_a_month_costs_no_more_queries_than_that_of_a_week() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(2);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            slots.calendar(office.matterId(), office.officeId(), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13));
            long week = statistics.getPrepareStatementCount();
            statistics.clear();
            slots.calendar(office.matterId(), office.officeId(), LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 6));
            long month = statistics.getPrepareStatementCount();

            assertThat(week).isPositive();
            assertThat(month).isEqualTo(week);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void a_day_lists_its_times_around_the_break_and_a_closed_desk_lowers_capacity() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(2);
        LocalDate tuesday = LocalDate.of(2026, 12, 8);

        List<FreeSlot> free = slots.freeSlotsOn(office.matterId(), office.officeId(), tuesday);
        assertThat(free).extracting(slot -> slot.time().toString()).startsWith("08:00", "08:30")
                .contains("11:30", "12:30").doesNotContain("12:00").endsWith("14:30");
        assertThat(free).allSatisfy(slot -> assertThat(slot.freeDesks()).isEqualTo(2));

        fixtures.close(office.officeId(), office.deskIds().getFirst(), tuesday, tuesday);
        assertThat(slots.freeSlotsOn(office.matterId(), office.officeId(), tuesday))
                .allSatisfy(slot -> assertThat(slot.freeDesks()).isEqualTo(1));
    }

    @Test
    void the_nearest_free_slots_skip_past_times_and_closed_days() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        fixtures.close(office.officeId(), null, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8));
        clock.set(LocalDateTime.of(2026, 12, 4, 14, 10));

        List<FreeSlot> nearest = slots.nearestFreeSlots(office.matterId(), office.officeId(), clock.instant(), 3);

        assertThat(nearest).extracting(FreeSlot::localStart).containsExactly(
                LocalDateTime.of(2026, 12, 4, 14, 30), LocalDateTime.of(2026, 12, 9, 8, 0),
                LocalDateTime.of(2026, 12, 9, 8, 30));
    }

    @Test
    void every_refused_time_says_why() {
        ScheduleFixtures.Setup office = fixtures.office(1, 30, 15, 24, 14, true);
        assertRefused(office, LocalDateTime.of(2026, 12, 4, 9, 0), "booking.slot.past");
        assertRefused(office, LocalDateTime.of(2026, 12, 7, 13, 0), "booking.slot.tooSoon");
        assertRefused(office, LocalDateTime.of(2026, 12, 22, 9, 0), "booking.slot.tooLate");
        assertRefused(office, LocalDateTime.of(2026, 12, 12, 9, 0), "booking.slot.closed");
        assertRefused(office, LocalDateTime.of(2026, 12, 9, 9, 10), "booking.slot.invalid");
        Placement placement = slots.place(office.matterId(), office.officeId(), at(2026, 12, 9, 9, 0),
                clock.instant());
        assertThat(placement.freeDesks()).containsExactlyElementsOf(office.deskIds());
        assertThat(placement.end()).isEqualTo(at(2026, 12, 9, 9, 30));
        assertThat(placement.units()).containsExactly(at(2026, 12, 9, 9, 0), at(2026, 12, 9, 9, 15));

        ScheduleFixtures.Setup offline = fixtures.office(1, 30, 15, 0, 30, false);
        assertRefused(offline, LocalDateTime.of(2026, 12, 9, 9, 0), "booking.matter.notOnline");
        assertThatThrownBy(() -> slots.place(office.matterId(), offline.officeId(), at(2026, 12, 9, 9, 0),
                clock.instant()))
                .hasFieldOrPropertyWithValue("messageKey", "booking.matter.unknown");
    }

    @Test
    void a_sunday_office_on_the_dst_switches_offers_each_existing_local_time_once() {
        ScheduleFixtures.Setup office = fixtures.office(1, 30, 30, 0, 500, true);
        fixtures.openOn(office.officeId(), DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0));
        LocalDate lastSundayOfOctober = LocalDate.of(2027, 10, 31);
        LocalDate lastSundayOfMarch = LocalDate.of(2028, 3, 26);

        assertThat(slots.freeSlotsOn(office.matterId(), office.officeId(), lastSundayOfOctober))
                .extracting(slot -> slot.time().toString())
                .containsExactly("01:00", "01:30", "02:00", "02:30", "03:00", "03:30");
        assertThat(slots.freeSlotsOn(office.matterId(), office.officeId(), lastSundayOfMarch))
                .extracting(slot -> slot.time().toString()).containsExactly("01:00", "01:30", "03:00", "03:30");
        assertThat(slots.freeSlotsOn(office.matterId(), office.officeId(), LocalDate.of(2027, 3, 28)))
                .as("Easter Sunday 2027 falls on the March switch and is a public holiday").isEmpty();
    }

    private void assertRefused(ScheduleFixtures.Setup office, LocalDateTime time, String key) {
        assertThatThrownBy(() -> slots.place(office.matterId(), office.officeId(),
                time.atZone(WARSAW).toInstant(), clock.instant()))
                .as(key).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(WARSAW).toInstant();
    }
}
