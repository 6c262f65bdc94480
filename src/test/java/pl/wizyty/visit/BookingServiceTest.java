package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

@IntegrationTest
class BookingServiceTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);

    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlotService slots;

    @BeforeEach
    void standStill() {
        clock.set(NOW);
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void a_booked_visit_gets_a_readable_number_and_holds_its_slot() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        SignedInUser anna = residents.create("anna");
        Instant nine = at(2026, 12, 9, 9, 0);

        String number = TestSecurity.as(anna, () -> booking.book(request(office, nine)));

        assertThat(number).matches("AK-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}");
        VisitDetails details = TestSecurity.as(anna, () -> visits.myVisitByNumber(number.toLowerCase()));
        assertThat(details.startsAt()).isEqualTo(nine);
        assertThat(details.endsAt()).isEqualTo(nine.plusSeconds(1800));
        assertThat(details.state()).isEqualTo(VisitState.UPCOMING);
        assertThat(details.accessibilityNeeds()).isEqualTo("Wózek inwalidzki");
        assertThat(details.history()).extracting(HistoryEntry::kind).containsExactly(VisitEventKind.BOOKED);
        assertThat(jdbc.queryForObject("select count(*) from slot_hold where visit_id = ?", Long.class,
                details.id())).isEqualTo(2L);
    }

    @Test
    void a_slot_taken_by_someone_else_is_refused_with_the_nearest_free_times() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        SignedInUser anna = residents.create("anna");
        SignedInUser jan = residents.create("jan");
        Instant nine = at(2026, 12, 9, 9, 0);
        TestSecurity.as(anna, () -> booking.book(request(office, nine)));

        assertThatThrownBy(() -> TestSecurity.as(jan, () -> booking.book(request(office, nine))))
                .isInstanceOfSatisfying(SlotTakenException.class, taken -> {
                    assertThat(taken.messageKey()).isEqualTo("booking.slot.taken");
                    assertThat(taken.alternatives()).isNotEmpty()
                            .allSatisfy(slot -> assertThat(slot.start()).isNotEqualTo(nine));
                });
        assertThat(TestSecurity.as(jan, () -> visits.countMyVisits(VisitFilter.UPCOMING))).isZero();
    }

    @Test
    void with_two_desks_two_residents_share_a_time_and_a_third_is_refused() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(2);
        Instant nine = at(2026, 12, 9, 9, 0);
        TestSecurity.as(residents.create("a"), () -> booking.book(request(office, nine)));
        TestSecurity.as(residents.create("b"), () -> booking.book(request(office, nine)));

        assertThatThrownBy(() -> TestSecurity.as(residents.create("c"), () -> booking.book(request(office, nine))))
                .isInstanceOf(SlotTakenException.class);
    }

    @Test
    void a_resident_holds_at_most_two_upcoming_visits_per_matter_and_never_two_at_once() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(2);
        ScheduleFixtures.Setup other = fixtures.weekdayOffice(1);
        SignedInUser anna = residents.create("anna");
        TestSecurity.as(anna, () -> booking.book(request(office, at(2026, 12, 9, 9, 0))));
        TestSecurity.as(anna, () -> booking.book(request(office, at(2026, 12, 10, 9, 0))));

        assertThatThrownBy(() -> TestSecurity.as(anna, () -> booking.book(request(office, at(2026, 12, 11, 9, 0)))))
                .hasFieldOrPropertyWithValue("messageKey", "booking.limit.perMatter");
        assertThatThrownBy(() -> TestSecurity.as(anna, () -> booking.book(request(other, at(2026, 12, 9, 9, 0)))))
                .hasFieldOrPropertyWithValue("messageKey", "booking.overlap");
        assertThat(TestSecurity.as(anna, () -> visits.countMyVisits(VisitFilter.UPCOMING))).isEqualTo(2);
    }

    @Test
    void bad_contact_data_or_a_too_long_note_is_refused_and_nothing_is_saved() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        SignedInUser anna = residents.create("anna");
        Instant nine = at(2026, 12, 9, 9, 0);
        BookingRequest badEmail = new BookingRequest(office.matterId(), office.officeId(), nine, "nie-email", null,
                null, null);
        BookingRequest longNote = new BookingRequest(office.matterId(), office.officeId(), nine, "a@example.pl",
                null, "x".repeat(Visit.NOTE_MAX + 1), null);

        assertThatThrownBy(() -> TestSecurity.as(anna, () -> booking.book(badEmail)))
                .hasFieldOrPropertyWithValue("field", "contactEmail");
        assertThatThrownBy(() -> TestSecurity.as(anna, () -> booking.book(longNote)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("booking.note.tooLong");
                    assertThat(v.field()).isEqualTo("note");
                });
        assertThat(TestSecurity.as(anna, () -> visits.countMyVisits(VisitFilter.UPCOMING))).isZero();
    }

    @Test
    void nobody_who_is_not_a_signed_in_resident_can_book() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        assertThatThrownBy(() -> booking.book(request(office, at(2026, 12, 9, 9, 0))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SignedInUser clerk = new SignedInUser(-1, "urzednik@example.pl", "Urzędnik", Roles.CLERK, "", true);
        assertThatThrownBy(() -> TestSecurity.as(clerk, () -> booking.book(request(office, at(2026, 12, 9, 9, 0)))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    /** Eight residents released together at one free slot of one desk, 200 times: always exactly one visit. */
    @Test
    void eight_residents_racing_for_one_slot_end_with_exactly_one_visit_every_round() throws Exception {
        int threads = 8;
        int rounds = 200;
        ScheduleFixtures.Setup office = fixtures.office(1, 15, 15, 0, 60, true);
        List<SignedInUser> racers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            racers.add(residents.create("racer" + i));
        }
        List<Instant> starts = slotStarts(office, rounds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Instant start : starts) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (SignedInUser racer : racers) {
                    attempts.add(pool.submit(() -> {
                        go.await();
                        try {
                            TestSecurity.as(racer, () -> booking.book(request(office, start)));
                            return true;
                        } catch (SlotTakenException taken) {
                            return false;
                        }
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Boolean> attempt : attempts) {
                    winners += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                Long visitsAtStart = jdbc.queryForObject(
                        "select count(*) from visit where office_id = ? and starts_at = ? and status = 'BOOKED'",
                        Long.class, office.officeId(), java.sql.Timestamp.from(start));
                assertThat(winners).as("winners at %s", start).isEqualTo(1);
                assertThat(visitsAtStart).as("visits at %s", start).isEqualTo(1L);
                // Keep the winner under the per-matter limit for the next rounds; the slot stays held.
                jdbc.update("update visit set status = 'CANCELLED' where office_id = ? and starts_at = ?",
                        office.officeId(), java.sql.Timestamp.from(start));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Instant> slotStarts(ScheduleFixtures.Setup office, int count) {
        List<Instant> result = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 12, 8); result.size() < count; day = day.plusDays(1)) {
            slots.freeSlotsOn(office.matterId(), office.officeId(), day).stream().limit(count - result.size())
                    .forEach(slot -> result.add(slot.start()));
        }
        return result;
    }

    static BookingRequest request(ScheduleFixtures.Setup office, Instant start) {
        return new BookingRequest(office.matterId(), office.officeId(), start, "zofia@example.pl", "+48 600 100 200",
                "Proszę o cichy pokój", "Wózek inwalidzki");
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(TimeConfiguration.ZONE).toInstant();
    }
}
