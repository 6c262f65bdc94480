package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wizyty.visit.BookingServiceTest.at;
import static pl.wizyty.visit.BookingServiceTest.request;

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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.SignedInUser;

@IntegrationTest
class VisitServiceTest {

    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    SlotService slots;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private ScheduleFixtures.Setup office;
    private SignedInUser anna;

    @BeforeEach
    void setUp() {
        clock.set(BookingServiceTest.NOW);
        office = fixtures.weekdayOffice(1);
        anna = residents.create("anna");
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void another_resident_gets_not_found_for_a_visit_by_id_by_number_and_for_every_action() {
        VisitDetails annas = book(anna, at(2026, 12, 9, 9, 0));
        SignedInUser jan = residents.create("jan");

        assertNotFound(jan, () -> visits.myVisit(annas.id()));
        assertNotFound(jan, () -> visits.myVisitByNumber(annas.bookingNumber()));
        assertNotFound(jan, () -> visits.cancel(annas.id(), annas.version(), null));
        assertNotFound(jan, () -> visits.reschedule(annas.id(), annas.version(), at(2026, 12, 10, 9, 0)));
        assertThat(TestSecurity.as(jan, () -> visits.myVisits(VisitFilter.UPCOMING, PageRequest.of(0, 50))))
                .extracting(VisitRow::id).doesNotContain(annas.id());
        assertThat(TestSecurity.as(anna, () -> visits.myVisit(annas.id())).state()).isEqualTo(VisitState.UPCOMING);
    }

    @Test
    void cancelling_keeps_the_visit_with_its_reason_and_frees_the_slot_at_once() {
        Instant nine = at(2026, 12, 9, 9, 0);
        VisitDetails visit = book(anna, nine);

        VisitDetails cancelled = TestSecurity.as(anna,
                () -> visits.cancel(visit.id(), visit.version(), "  Wyjazd służbowy  "));

        assertThat(cancelled.state()).isEqualTo(VisitState.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Wyjazd służbowy");
        assertThat(cancelled.cancelledBy()).isEqualTo(Actor.RESIDENT);
        assertThat(cancelled.history()).extracting(HistoryEntry::kind)
                .containsExactly(VisitEventKind.BOOKED, VisitEventKind.CANCELLED);
        assertThat(slots.freeSlotsOn(office.matterId(), office.officeId(), LocalDate.of(2026, 12, 9)))
                .extracting(FreeSlot::start).contains(nine);
        assertThat(TestSecurity.as(anna, () -> visits.myVisits(VisitFilter.CANCELLED, PageRequest.of(0, 10))))
                .extracting(VisitRow::id).containsExactly(visit.id());
    }

    @Test
    void a_reason_longer_than_500_characters_is_refused_not_cut_and_nothing_changes() {
        VisitDetails visit = book(anna, at(2026, 12, 9, 9, 0));

        assertThatThrownBy(() -> TestSecurity.as(anna, () -> visits.cancel(visit.id(), visit.version(),
                "x".repeat(501)))).hasFieldOrPropertyWithValue("messageKey", "visit.cancel.reasonTooLong");

        assertThat(TestSecurity.as(anna, () -> visits.myVisit(visit.id())).state()).isEqualTo(VisitState.UPCOMING);
        assertThat(TestSecurity.as(anna, () -> visits.cancel(visit.id(), visit.version(), "x".repeat(500)))
                .cancelReason()).hasSize(500);
    }

    @Test
    void a_cancelled_a_past_or_an_imminent_visit_cannot_be_changed_and_the_message_says_why() {
        VisitDetails soon = book(anna, at(2026, 12, 7, 8, 30));
        VisitDetails later = book(anna, at(2026, 12, 9, 9, 0));
        TestSecurity.as(anna, () -> visits.cancel(later.id(), later.version(), null));
        long laterVersion = TestSecurity.as(anna, () -> visits.myVisit(later.id())).version();

        assertRule(() -> visits.cancel(soon.id(), soon.version(), null), "visit.change.tooLate");
        assertRule(() -> visits.reschedule(soon.id(), soon.version(), at(2026, 12, 10, 9, 0)),
                "visit.change.tooLate");
        assertRule(() -> visits.cancel(later.id(), laterVersion, null), "visit.alreadyCancelled");
        assertRule(() -> visits.reschedule(later.id(), laterVersion, at(2026, 12, 10, 9, 0)),
                "visit.alreadyCancelled");

        clock.set(LocalDateTime.of(2026, 12, 7, 10, 0));
        assertRule(() -> visits.cancel(soon.id(), soon.version(), null), "visit.change.past");
        assertThat(TestSecurity.as(anna, () -> visits.myVisit(soon.id())).state()).isEqualTo(VisitState.FINISHED);
    }

    @Test
    void a_second_tab_acting_on_a_visit_that_changed_is_told_and_overwrites_nothing() {
        VisitDetails visit = book(anna, at(2026, 12, 9, 9, 0));
        long seenInBothTabs = visit.version();
        TestSecurity.as(anna, () -> visits.reschedule(visit.id(), seenInBothTabs, at(2026, 12, 10, 9, 0)));

        assertRule(() -> visits.cancel(visit.id(), seenInBothTabs, "z drugiej karty"), "visit.stale");
        assertRule(() -> visits.reschedule(visit.id(), seenInBothTabs, at(2026, 12, 11, 9, 0)), "visit.stale");
        VisitDetails now = TestSecurity.as(anna, () -> visits.myVisit(visit.id()));
        assertThat(now.startsAt()).isEqualTo(at(2026, 12, 10, 9, 0));
        assertThat(now.state()).isEqualTo(VisitState.UPCOMING);
    }

    @Test
    void moving_a_visit_keeps_its_number_frees_the_old_slot_and_records_from_and_to() {
        Instant nine = at(2026, 12, 9, 9, 0);
        Instant tenNextDay = at(2026, 12, 10, 10, 0);
        VisitDetails visit = book(anna, nine);

        VisitDetails moved = TestSecurity.as(anna, () -> visits.reschedule(visit.id(), visit.version(), tenNextDay));

        assertThat(moved.bookingNumber()).isEqualTo(visit.bookingNumber());
        assertThat(moved.startsAt()).isEqualTo(tenNextDay);
        HistoryEntry change = moved.history().getLast();
        assertThat(change.kind()).isEqualTo(VisitEventKind.RESCHEDULED);
        assertThat(change.fromStart()).isEqualTo(nine);
        assertThat(change.toStart()).isEqualTo(tenNextDay);
        assertThat(slots.freeSlotsOn(office.matterId(), office.officeId(), LocalDate.of(2026, 12, 9)))
                .extracting(FreeSlot::start).contains(nine);
        assertThat(slots.freeSlotsOn(office.matterId(), office.officeId(), LocalDate.of(2026, 12, 10)))
                .extracting(FreeSlot::start).doesNotContain(tenNextDay);
    }

    @Test
    void moving_into_a_slot_taken_meanwhile_leaves_the_visit_as_it_was_and_offers_free_times() {
        Instant nine = at(2026, 12, 9, 9, 0);
        Instant taken = at(2026, 12, 10, 9, 0);
        VisitDetails visit = book(anna, nine);
        book(residents.create("jan"), taken);

        assertThatThrownBy(() -> TestSecurity.as(anna, () -> visits.reschedule(visit.id(), visit.version(), taken)))
                .isInstanceOfSatisfying(SlotTakenException.class,
                        e -> assertThat(e.alternatives()).isNotEmpty());
        VisitDetails unchanged = TestSecurity.as(anna, () -> visits.myVisit(visit.id()));
        assertThat(unchanged.startsAt()).isEqualTo(nine);
        assertThat(unchanged.version()).isEqualTo(visit.version());
    }

    @Test
    void the_list_pages_upcoming_past_and_cancelled_visits_in_their_own_order() {
        VisitDetails first = book(anna, at(2026, 12, 9, 9, 0));
        ScheduleFixtures.Setup other = fixtures.weekdayOffice(1);
        VisitDetails second = TestSecurity.as(anna,
                () -> visits.myVisitByNumber(booking.book(request(other, at(2026, 12, 8, 9, 0)))));

        assertThat(TestSecurity.as(anna, () -> visits.myVisits(VisitFilter.UPCOMING, PageRequest.of(0, 1))))
                .extracting(VisitRow::id).containsExactly(second.id());
        assertThat(TestSecurity.as(anna, () -> visits.myVisits(VisitFilter.UPCOMING, PageRequest.of(1, 1))))
                .extracting(VisitRow::id).containsExactly(first.id());
        assertThat(TestSecurity.as(anna, () -> visits.countMyVisits(VisitFilter.UPCOMING))).isEqualTo(2);

        clock.set(LocalDateTime.of(2026, 12, 8, 12, 0));
        assertThat(TestSecurity.as(anna, () -> visits.myVisits(VisitFilter.PAST, PageRequest.of(0, 10))))
                .extracting(VisitRow::id).containsExactly(second.id());
        assertThat(TestSecurity.as(anna, () -> visits.countMyVisits(VisitFilter.PAST))).isEqualTo(1);
    }

    /** Two residents move their visits into the same free slot at once, 200 times: one wins, the other is unchanged. */
    @Test
    void two_residents_moving_into_one_free_slot_at_once_one_wins_and_the_other_visit_is_unchanged()
            throws Exception {
        ScheduleFixtures.Setup race = fixtures.office(1, 15, 15, 0, 90, true);
        SignedInUser jan = residents.create("jan");
        List<FreeSlot> free = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 12, 8); free.size() < 600; day = day.plusDays(1)) {
            free.addAll(slots.freeSlotsOn(race.matterId(), race.officeId(), day));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                Instant annaStart = free.get(3 * round).start();
                Instant janStart = free.get(3 * round + 1).start();
                Instant target = free.get(3 * round + 2).start();
                VisitDetails annas = TestSecurity.as(anna, () -> visits.myVisitByNumber(
                        booking.book(request(race, annaStart))));
                VisitDetails jans = TestSecurity.as(jan, () -> visits.myVisitByNumber(
                        booking.book(request(race, janStart))));
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> annaMoved = pool.submit(() -> tryMove(go, anna, annas, target));
                Future<Boolean> janMoved = pool.submit(() -> tryMove(go, jan, jans, target));
                go.countDown();
                boolean a = annaMoved.get(30, TimeUnit.SECONDS);
                boolean j = janMoved.get(30, TimeUnit.SECONDS);

                assertThat(a ^ j).as("exactly one winner in round %d", round).isTrue();
                VisitDetails loser = TestSecurity.as(a ? jan : anna,
                        () -> visits.myVisit(a ? jans.id() : annas.id()));
                assertThat(loser.startsAt()).isEqualTo(a ? janStart : annaStart);
                assertThat(loser.version()).isEqualTo(a ? jans.version() : annas.version());
                jdbc.update("update visit set status = 'CANCELLED' where id in (?, ?)", annas.id(), jans.id());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean tryMove(CountDownLatch go, SignedInUser who, VisitDetails visit, Instant target)
            throws InterruptedException {
        go.await();
        try {
            TestSecurity.as(who, () -> visits.reschedule(visit.id(), visit.version(), target));
            return true;
        } catch (SlotTakenException taken) {
            return false;
        }
    }

    private VisitDetails book(SignedInUser who, Instant start) {
        return TestSecurity.as(who, () -> visits.myVisitByNumber(booking.book(request(office, start))));
    }

    private void assertNotFound(SignedInUser who, java.util.concurrent.Callable<?> action) {
        assertThatThrownBy(() -> TestSecurity.as(who, action)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("visit.notFound"));
    }

    private void assertRule(java.util.concurrent.Callable<?> action, String key) {
        assertThatThrownBy(() -> TestSecurity.as(anna, action)).as(key).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
