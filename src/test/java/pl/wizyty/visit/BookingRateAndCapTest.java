package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.ClientAddress;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Limit;
import pl.wizyty.security.Throttle;
import pl.wizyty.security.SignedInUser;

/**
 * Slot hoarding: the overall cap on a resident's active visits under parallel bookings across matters, and the
 * limit on how fast one account or one client address may book (a service with a throttle of small limits; the
 * shared one is set high for the other tests).
 */
@IntegrationTest
class BookingRateAndCapTest {

    private static final int PARALLEL = 8;
    private static final int ROUNDS = 10;
    /** Ten working days in the booking window, one per round, so every round finds its slots free. */
    private static final int[] DAYS = {9, 10, 11, 14, 15, 16, 17, 18, 21, 22};

    @Autowired
    BookingService booking;
    @Autowired
    VisitChanges changes;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ClientAddress clientAddress;
    @Autowired
    AuditLog audit;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BookingProperties properties;

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        clock.set(BookingServiceTest.NOW);
        pool = Executors.newFixedThreadPool(PARALLEL);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        clock.reset();
        RequestContextHolder.resetRequestAttributes();
        TestSecurity.signOut();
    }

    @Test
    void the_overall_cap_holds_when_one_resident_makes_eight_bookings_in_parallel_across_matters() throws Exception {
        List<ScheduleFixtures.Setup> offices = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            offices.add(fixtures.weekdayOffice(1));
        }
        for (int round = 0; round < ROUNDS; round++) {
            SignedInUser anna = residents.create("hoard");
            List<Callable<String>> bookings = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                BookingRequest request = BookingServiceTest.request(offices.get(i),
                        BookingServiceTest.at(2026, 12, DAYS[round], 8, 0).plus(Duration.ofMinutes(30L * i)));
                bookings.add(() -> TestSecurity.as(anna, () -> booking.book(request)));
            }

            List<String> outcomes = race(bookings);

            assertThat(outcomes).as("round %d", round).filteredOn("booked"::equals)
                    .hasSize(properties.maxActiveTotal());
            assertThat(outcomes).filteredOn("booking.limit.total"::equals)
                    .hasSize(PARALLEL - properties.maxActiveTotal());
            assertThat(jdbc.queryForObject("select count(*) from visit where resident_id = ? and status = 'BOOKED'",
                    Long.class, anna.accountId())).isEqualTo(properties.maxActiveTotal());
        }
    }

    @Test
    void one_account_books_at_most_as_fast_as_its_limit_then_waits_and_the_audit_says_so() {
        BookingService limited = new BookingService(changes, currentUser,
                new Throttle(Limit.valueOf("3/1h"), Limit.valueOf("100/1h"), clock), clientAddress, audit);
        ScheduleFixtures.Setup first = fixtures.weekdayOffice(1);
        ScheduleFixtures.Setup second = fixtures.weekdayOffice(1);
        SignedInUser jan = residents.create("fast");
        book(limited, jan, first, 9, 9);
        book(limited, jan, first, 10, 9);
        book(limited, jan, second, 9, 11);

        assertThatThrownBy(() -> book(limited, jan, second, 10, 11)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("booking.throttled");
                    assertThat(refused.args()).containsExactly(LocalTime.of(7, 21));
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'THROTTLED' and subject_id = ?",
                Long.class, jan.accountId())).isEqualTo(1L);

        clock.set(clock.instant().plus(Duration.ofMinutes(20)));
        book(limited, jan, second, 10, 11);
    }

    @Test
    void one_client_address_booking_for_many_accounts_is_held_back() {
        BookingService limited = new BookingService(changes, currentUser,
                new Throttle(Limit.valueOf("10/1h"), Limit.valueOf("3/1h"), clock), clientAddress, audit);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.40");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(3);
        book(limited, residents.create("a"), office, 9, 9);
        book(limited, residents.create("b"), office, 9, 10);
        book(limited, residents.create("c"), office, 9, 11);

        assertThatThrownBy(() -> book(limited, residents.create("d"), office, 10, 9))
                .hasFieldOrPropertyWithValue("messageKey", "booking.throttled");
    }

    private static void book(BookingService service, SignedInUser resident, ScheduleFixtures.Setup office, int day,
            int hour) {
        Instant start = BookingServiceTest.at(2026, 12, day, hour, 0);
        TestSecurity.as(resident, () -> service.book(BookingServiceTest.request(office, start)));
    }

    /** Starts all at once; "booked" for each that succeeded, the message key for each refused by a rule. */
    private List<String> race(List<Callable<String>> actions) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Callable<String> action : actions) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    action.call();
                    return "booked";
                } catch (RuleViolation refused) {
                    return refused.messageKey();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
