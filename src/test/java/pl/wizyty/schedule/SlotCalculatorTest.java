package pl.wizyty.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.wizyty.schedule.SlotCalculator.Interval;

class SlotCalculatorTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void slots_run_from_opening_one_visit_length_apart_and_end_before_closing() {
        List<FreeSlot> slots = SlotCalculator.freeSlots(MONDAY, WARSAW,
                List.of(interval("08:00", "09:40")), 15, 30, List.of(1L), Map.of(), LONG_AGO, FAR_AHEAD);

        assertThat(times(slots)).containsExactly("08:00", "08:30", "09:00");
        assertThat(slots.getFirst().end()).isEqualTo(slots.getFirst().start().plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_break_between_two_intervals_has_no_slots() {
        List<FreeSlot> slots = SlotCalculator.freeSlots(MONDAY, WARSAW,
                List.of(interval("12:30", "13:30"), interval("10:00", "12:00")), 15, 30, List.of(1L), Map.of(),
                LONG_AGO, FAR_AHEAD);

        assertThat(times(slots)).containsExactly("10:00", "10:30", "11:00", "11:30", "12:30", "13:00");
    }

    @Test
    void a_visit_length_off_the_grid_is_rounded_up_to_whole_units() {
        List<FreeSlot> slots = SlotCalculator.freeSlots(MONDAY, WARSAW, List.of(interval("08:00", "09:00")), 15, 20,
                List.of(1L), Map.of(), LONG_AGO, FAR_AHEAD);

        assertThat(times(slots)).containsExactly("08:00", "08:30");
    }

    @Test
    void a_slot_stays_free_while_any_desk_has_all_its_units_free() {
        Instant nine = at(MONDAY, "09:00");
        Instant nineFifteen = at(MONDAY, "09:15");
        Map<Long, Set<Instant>> held = Map.of(1L, Set.of(nine), 2L, Set.of(nineFifteen));

        List<FreeSlot> twoDesksPartlyHeld = SlotCalculator.freeSlots(MONDAY, WARSAW,
                List.of(interval("09:00", "10:00")), 15, 30, List.of(1L, 2L), held, LONG_AGO, FAR_AHEAD);
        assertThat(times(twoDesksPartlyHeld)).containsExactly("09:30");

        List<FreeSlot> threeDesks = SlotCalculator.freeSlots(MONDAY, WARSAW, List.of(interval("09:00", "10:00")), 15,
                30, List.of(1L, 2L, 3L), held, LONG_AGO, FAR_AHEAD);
        assertThat(threeDesks).extracting(FreeSlot::freeDesks).containsExactly(1, 3);
    }

    @Test
    void no_desk_open_means_no_slot() {
        assertThat(SlotCalculator.freeSlots(MONDAY, WARSAW, List.of(interval("08:00", "16:00")), 15, 15, List.of(),
                Map.of(), LONG_AGO, FAR_AHEAD)).isEmpty();
    }

    @Test
    void the_notice_period_and_the_window_cut_slots_off() {
        List<FreeSlot> slots = SlotCalculator.freeSlots(MONDAY, WARSAW, List.of(interval("08:00", "12:00")), 60, 60,
                List.of(1L), Map.of(), at(MONDAY, "09:00"), at(MONDAY, "11:00"));

        assertThat(times(slots)).containsExactly("09:00", "10:00");
    }

    @Test
    void on_the_spring_dst_switch_the_missing_hour_has_no_slots_and_lengths_are_real_minutes() {
        LocalDate lastSundayOfMarch = LocalDate.of(2027, 3, 28);
        List<FreeSlot> slots = SlotCalculator.freeSlots(lastSundayOfMarch, WARSAW,
                List.of(interval("01:00", "04:00")), 30, 30, List.of(1L), Map.of(), LONG_AGO, FAR_AHEAD);

        assertThat(times(slots)).containsExactly("01:00", "01:30", "03:00", "03:30");
        FreeSlot beforeGap = slots.get(1);
        assertThat(beforeGap.start()).isEqualTo(Instant.parse("2027-03-28T00:30:00Z"));
        assertThat(Duration.between(beforeGap.start(), beforeGap.end())).isEqualTo(Duration.ofMinutes(30));
        assertThat(slots.get(2).start()).isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
    }

    @Test
    void on_the_autumn_dst_switch_a_repeated_hour_is_offered_once_and_slots_never_overlap() {
        LocalDate lastSundayOfOctober = LocalDate.of(2026, 10, 25);
        List<FreeSlot> slots = SlotCalculator.freeSlots(lastSundayOfOctober, WARSAW,
                List.of(interval("01:00", "04:00")), 30, 30, List.of(1L), Map.of(), LONG_AGO, FAR_AHEAD);

        assertThat(times(slots)).containsExactly("01:00", "01:30", "02:00", "02:30", "03:00", "03:30");
        assertThat(slots.get(2).start()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).isAfterOrEqualTo(slots.get(i - 1).end());
        }
    }

    @Test
    void a_visit_holds_one_unit_per_grid_step_it_covers() {
        Instant nine = at(MONDAY, "09:00");
        assertThat(SlotCalculator.unitsOf(nine, 45, 15))
                .containsExactly(nine, nine.plusSeconds(900), nine.plusSeconds(1800));
    }

    private static Interval interval(String opens, String closes) {
        return new Interval(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(WARSAW).toInstant();
    }

    private static List<String> times(List<FreeSlot> slots) {
        return slots.stream().map(slot -> slot.time().toString()).toList();
    }
}
