package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wizyty.visit.BookingServiceTest.at;
import static pl.wizyty.visit.BookingServiceTest.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
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
import pl.wizyty.schedule.ClosureForm;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/**
 * "Odwołaj wizyty": a closure cancels the visits it hits through the one write path, all of them or none. Called on
 * {@link OfficeVisits} rather than {@code TownHallSetup}, so that no closure is saved (nor its audit line, dated by the
 * test clock, which the audit screen's test would read as the newest).
 */
@IntegrationTest
class ClosureCancelTest {

    @Autowired
    OfficeVisits officeVisits;
    @Autowired
    VisitChanges changes;
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

    private ScheduleFixtures.Setup office;
    private SignedInUser anna;
    private SignedInUser ben;
    private SignedInUser admin;

    @BeforeEach
    void twoResidentsWithVisitsFromWednesdayToFriday() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        office = fixtures.weekdayOffice(2);
        anna = residents.create("closure-anna");
        ben = residents.create("closure-ben");
        admin = residents.admin("closure-admin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_visits_hit_are_cancelled_by_the_office_with_the_reason_and_their_slots_freed() {
        VisitDetails annaWednesday = book(anna, at(2026, 12, 9, 9, 0));
        VisitDetails annaThursday = book(anna, at(2026, 12, 10, 10, 0));
        VisitDetails benWednesday = book(ben, at(2026, 12, 9, 9, 0));
        VisitDetails benFriday = book(ben, at(2026, 12, 11, 9, 0));

        int cancelled = TestSecurity.as(admin, () -> officeVisits.cancelForClosure(new ClosureForm(office.officeId(),
                null, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10), null, null, "Awaria ogrzewania")));

        assertThat(cancelled).isEqualTo(3);
        for (VisitDetails hit : new VisitDetails[] {mine(anna, annaWednesday), mine(anna, annaThursday),
                mine(ben, benWednesday)}) {
            assertThat(hit.state()).isEqualTo(VisitState.CANCELLED);
            assertThat(hit.cancelledBy()).isEqualTo(Actor.OFFICE);
            assertThat(hit.cancelReason()).isEqualTo("Awaria ogrzewania");
            assertThat(hit.history().getLast().kind()).isEqualTo(VisitEventKind.CANCELLED);
            assertThat(hit.history().getLast().by()).isEqualTo(Actor.OFFICE);
            assertThat(hit.history().getLast().reason()).isEqualTo("Awaria ogrzewania");
            assertThat(holds(hit.id())).isZero();
        }
        assertThat(mine(ben, benFriday).state()).isEqualTo(VisitState.UPCOMING);
        assertThat(holds(benFriday.id())).isPositive();
    }

    @Test
    void a_part_day_closure_cancels_only_the_visits_in_its_hours() {
        VisitDetails morning = book(anna, at(2026, 12, 9, 9, 0));
        VisitDetails afternoon = book(ben, at(2026, 12, 9, 13, 0));

        int cancelled = TestSecurity.as(admin, () -> officeVisits.cancelForClosure(new ClosureForm(office.officeId(),
                null, LocalDate.of(2026, 12, 9), null, LocalTime.of(12, 30), LocalTime.of(15, 0), "Szkolenie")));

        assertThat(cancelled).isEqualTo(1);
        assertThat(mine(anna, morning).state()).isEqualTo(VisitState.UPCOMING);
        assertThat(mine(ben, afternoon).state()).isEqualTo(VisitState.CANCELLED);
    }

    @Test
    void one_visit_changed_since_it_was_seen_refuses_them_all() {
        VisitDetails first = book(anna, at(2026, 12, 9, 9, 0));
        VisitDetails second = book(ben, at(2026, 12, 9, 9, 0));
        Map<Long, Long> seen = new LinkedHashMap<>();
        seen.put(first.id(), first.version());
        seen.put(second.id(), second.version() + 1);

        assertThatThrownBy(() -> TestSecurity.as(admin, () -> changes.cancelAll(seen, "Awaria",
                Acting.office(admin.accountId()), VisitScope.everyVisit())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("visit.stale"));

        assertThat(mine(anna, first).state()).isEqualTo(VisitState.UPCOMING);
        assertThat(holds(first.id())).isPositive();
        assertThat(mine(ben, second).state()).isEqualTo(VisitState.UPCOMING);
    }

    private VisitDetails book(SignedInUser resident, java.time.Instant start) {
        String number = TestSecurity.as(resident, () -> booking.book(request(office, start)));
        return TestSecurity.as(resident, () -> visits.myVisitByNumber(number));
    }

    private VisitDetails mine(SignedInUser resident, VisitDetails visit) {
        return TestSecurity.as(resident, () -> visits.myVisit(visit.id()));
    }

    private int holds(long visitId) {
        return jdbc.queryForObject("select count(*) from slot_hold where visit_id = ?", Integer.class, visitId);
    }
}
