package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wizyty.visit.BookingServiceTest.at;
import static pl.wizyty.visit.BookingServiceTest.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/** The clerk's attendance and cancel through the one write path, and every refusal a clerk can meet. */
@IntegrationTest
class DeskServiceTest {

    @Autowired
    DeskService desk;
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

    private SignedInUser anna;
    private SignedInUser clerk;
    private ScheduleFixtures.Setup office;
    private VisitDetails visit;

    @BeforeEach
    void aVisitOnWednesdayAtNine() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        office = fixtures.weekdayOffice(1);
        anna = residents.create("desk");
        clerk = residents.clerk("desk-clerk", office.officeId());
        String number = TestSecurity.as(anna, () -> booking.book(request(office, at(2026, 12, 9, 9, 0))));
        visit = TestSecurity.as(anna, () -> visits.myVisitByNumber(number));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void present_is_refused_more_than_an_hour_early_and_absent_before_the_start() {
        clock.set(LocalDateTime.of(2026, 12, 9, 7, 59));
        assertRefused(() -> desk.recordAttendance(visit.id(), visit.version(), true), "visit.attendance.tooEarly");
        clock.set(LocalDateTime.of(2026, 12, 9, 8, 59));
        assertRefused(() -> desk.recordAttendance(visit.id(), visit.version(), false),
                "visit.attendance.noShowTooEarly");

        clock.set(LocalDateTime.of(2026, 12, 9, 8, 0));
        TestSecurity.as(clerk, () -> {
            desk.recordAttendance(visit.id(), visit.version(), true);
            return null;
        });
        assertThat(mine().state()).isEqualTo(VisitState.FINISHED);
        assertThat(mine().history()).extracting(HistoryEntry::kind)
                .containsExactly(VisitEventKind.BOOKED, VisitEventKind.ATTENDED);
    }

    @Test
    void attendance_is_recorded_once_and_a_stale_version_is_refused() {
        clock.set(LocalDateTime.of(2026, 12, 9, 9, 5));
        TestSecurity.as(clerk, () -> {
            desk.recordAttendance(visit.id(), visit.version(), false);
            return null;
        });
        assertRefused(() -> desk.recordAttendance(visit.id(), visit.version(), true), "visit.stale");
        assertRefused(() -> desk.recordAttendance(visit.id(), visit.version() + 1, true),
                "visit.attendance.alreadyRecorded");
        assertThat(mine().state()).isEqualTo(VisitState.NO_SHOW);
    }

    @Test
    void the_office_cancels_with_a_reason_the_resident_reads_but_not_a_past_or_cancelled_visit() {
        assertRefused(() -> desk.cancelOnBehalf(visit.id(), visit.version(), " "), "visit.cancel.reasonRequired");
        TestSecurity.as(clerk, () -> {
            desk.cancelOnBehalf(visit.id(), visit.version(), "Awaria systemu");
            return null;
        });
        VisitDetails cancelled = mine();
        assertThat(cancelled.state()).isEqualTo(VisitState.CANCELLED);
        assertThat(cancelled.cancelledBy()).isEqualTo(Actor.OFFICE);
        assertThat(cancelled.cancelReason()).isEqualTo("Awaria systemu");
        assertRefused(() -> desk.cancelOnBehalf(visit.id(), cancelled.version(), "Jeszcze raz"),
                "visit.alreadyCancelled");

        VisitDetails other = anotherVisit();
        clock.set(LocalDateTime.of(2026, 12, 10, 12, 0));
        assertRefused(() -> desk.cancelOnBehalf(other.id(), other.version(), "Za późno"), "visit.change.past");
    }

    @Test
    void a_clerk_of_another_office_gets_not_found_for_its_agenda_and_every_action() {
        SignedInUser stranger = residents.clerk("other-clerk", fixtures.weekdayOffice(1).officeId());
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        clock.set(LocalDateTime.of(2026, 12, 9, 9, 5));
        for (Runnable action : List.<Runnable>of(
                () -> desk.agenda(office.officeId(), wednesday, PageRequest.of(0, 10)),
                () -> desk.countAgenda(office.officeId(), wednesday),
                () -> desk.recordAttendance(visit.id(), visit.version(), true),
                () -> desk.recordAttendance(visit.id(), visit.version(), false),
                () -> desk.cancelOnBehalf(visit.id(), visit.version(), "Nie mój wydział"))) {
            assertThatThrownBy(() -> TestSecurity.as(stranger, () -> {
                action.run();
                return null;
            })).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.messageKey()).isIn("desk.office.notFound", "visit.notFound"));
        }
        assertThat(TestSecurity.as(stranger, () -> desk.myOffices())).extracting(o -> o.id())
                .doesNotContain(office.officeId());
        assertThat(mine().state()).isEqualTo(VisitState.UPCOMING);
        assertThat(TestSecurity.as(clerk, () -> desk.countAgenda(office.officeId(), wednesday))).isEqualTo(1);
    }

    @Test
    void a_resident_cannot_call_the_desk() {
        assertThatThrownBy(() -> TestSecurity.as(anna, () -> {
            desk.cancelOnBehalf(visit.id(), visit.version(), "Sam sobie");
            return null;
        })).isInstanceOf(AuthorizationDeniedException.class);
    }

    private VisitDetails anotherVisit() {
        String number = TestSecurity.as(anna, () -> booking.book(request(office, at(2026, 12, 10, 9, 0))));
        return TestSecurity.as(anna, () -> visits.myVisitByNumber(number));
    }

    private VisitDetails mine() {
        return TestSecurity.as(anna, () -> visits.myVisit(visit.id()));
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(() -> TestSecurity.as(clerk, () -> {
            action.run();
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
