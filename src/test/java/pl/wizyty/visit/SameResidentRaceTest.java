package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.SignedInUser;

/**
 * One resident's own changes racing each other, 200 rounds each: two moves into one time at two offices, and a move
 * racing a new booking. The slot-hold key cannot help here (different desks); only the lock on the resident's row
 * keeps them from ending with two visits at once.
 */
@IntegrationTest
class SameResidentRaceTest {

    private static final int ROUNDS = 200;

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

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        clock.reset();
    }

    @Test
    void two_moves_of_one_residents_visits_into_one_time_at_two_offices_never_leave_them_overlapping()
            throws Exception {
        ScheduleFixtures.Setup first = fixtures.office(1, 15, 15, 0, 90, true);
        ScheduleFixtures.Setup second = fixtures.office(1, 15, 15, 0, 90, true);
        SignedInUser anna = residents.create("race-moves");
        List<Instant> times = slotStarts(first, ROUNDS + 2);
        long one = visitOf(anna, first, times.get(0));
        long two = visitOf(anna, second, times.get(1));
        int bothMoved = 0;

        for (Instant target : times.subList(2, ROUNDS + 2)) {
            long oneVersion = version(one);
            long twoVersion = version(two);
            List<Boolean> moved = race(
                    () -> TestSecurity.as(anna, () -> visits.reschedule(one, oneVersion, target)),
                    () -> TestSecurity.as(anna, () -> visits.reschedule(two, twoVersion, target)));
            bothMoved += moved.stream().allMatch(Boolean::booleanValue) ? 1 : 0;
            assertThat(moved).as("one of the two moves to %s wins", target).containsOnlyOnce(true);
            assertNoOverlap(anna);
        }
        assertThat(bothMoved).isZero();
    }

    @Test
    void a_move_racing_a_new_booking_for_the_same_time_never_leaves_two_visits_at_once() throws Exception {
        ScheduleFixtures.Setup first = fixtures.office(1, 15, 15, 0, 90, true);
        ScheduleFixtures.Setup second = fixtures.office(1, 15, 15, 0, 90, true);
        SignedInUser anna = residents.create("race-book");
        List<Instant> times = slotStarts(first, ROUNDS + 1);
        long moving = visitOf(anna, first, times.getFirst());

        for (Instant target : times.subList(1, ROUNDS + 1)) {
            long version = version(moving);
            List<Boolean> done = race(
                    () -> TestSecurity.as(anna, () -> visits.reschedule(moving, version, target)),
                    () -> TestSecurity.as(anna, () -> booking.book(BookingServiceTest.request(second, target))));
            assertThat(done).as("the move or the booking at %s wins", target).containsOnlyOnce(true);
            assertNoOverlap(anna);
            // Keep the resident under the limits for the next round; the booked slot stays held.
            jdbc.update("update visit set status = 'CANCELLED' where resident_id = ? and office_id = ?",
                    anna.accountId(), second.officeId());
        }
    }

    /** Starts both at once; true for each that succeeded, false for each refused by a rule. */
    private List<Boolean> race(Callable<?> left, Callable<?> right) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Callable<?> action : List.of(left, right)) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    action.call();
                    return true;
                } catch (RuleViolation refused) {
                    return false;
                }
            }));
        }
        go.countDown();
        List<Boolean> outcome = new ArrayList<>();
        for (Future<Boolean> result : results) {
            outcome.add(result.get(30, TimeUnit.SECONDS));
        }
        return outcome;
    }

    private void assertNoOverlap(SignedInUser resident) {
        Long overlapping = jdbc.queryForObject("""
                select count(*) from visit a join visit b on a.resident_id = b.resident_id and a.id < b.id
                where a.resident_id = ? and a.status = 'BOOKED' and b.status = 'BOOKED'
                  and a.starts_at < b.ends_at and b.starts_at < a.ends_at""", Long.class, resident.accountId());
        assertThat(overlapping).as("pairs of overlapping active visits").isZero();
    }

    private long visitOf(SignedInUser resident, ScheduleFixtures.Setup office, Instant start) {
        String number = TestSecurity.as(resident, () -> booking.book(BookingServiceTest.request(office, start)));
        return jdbc.queryForObject("select id from visit where booking_number = ?", Long.class, number);
    }

    private long version(long visitId) {
        return jdbc.queryForObject("select version from visit where id = ?", Long.class, visitId);
    }

    private List<Instant> slotStarts(ScheduleFixtures.Setup office, int count) {
        List<Instant> result = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 12, 8); result.size() < count; day = day.plusDays(1)) {
            slots.freeSlotsOn(office.matterId(), office.officeId(), day).stream().limit(count - result.size())
                    .forEach(slot -> result.add(slot.start()));
        }
        return result;
    }
}
