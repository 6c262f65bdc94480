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
    @Autowired
    pl.wizyty.account.AccountService accounts;

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
                () -> desk.agenda(AgendaFilter.day(office.officeId(), wednesday), PageRequest.of(0, 10)),
                () -> desk.countAgenda(AgendaFilter.day(office.officeId(), wednesday)),
                () -> desk.agenda(new AgendaFilter(office.officeId(), wednesday, AgendaFilter.Period.WEEK,
                        AgendaFilter.Shown.CANCELLED, null), PageRequest.of(0, 10)),
                () -> desk.desksOf(office.officeId()),
                () -> desk.visit(visit.id()),
                () -> desk.reschedule(visit.id(), visit.version(), at(2026, 12, 10, 10, 0)),
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
        assertThat(TestSecurity.as(clerk, () -> desk.countAgenda(AgendaFilter.day(office.officeId(), wednesday))))
                .isEqualTo(1);
    }

    @Test
    void a_resident_cannot_call_any_desk_method() {
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        for (Runnable action : List.<Runnable>of(
                () -> desk.myOffices(),
                () -> desk.desksOf(office.officeId()),
                () -> desk.agenda(AgendaFilter.day(office.officeId(), wednesday), PageRequest.of(0, 10)),
                () -> desk.countAgenda(AgendaFilter.day(office.officeId(), wednesday)),
                () -> desk.visit(visit.id()),
                () -> desk.reschedule(visit.id(), visit.version(), at(2026, 12, 10, 10, 0)),
                () -> desk.recordAttendance(visit.id(), visit.version(), true),
                () -> desk.cancelOnBehalf(visit.id(), visit.version(), "Sam sobie"))) {
            assertThatThrownBy(() -> TestSecurity.as(anna, () -> {
                action.run();
                return null;
            })).isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(mine().state()).isEqualTo(VisitState.UPCOMING);
    }

    @Test
    void actions_are_offered_only_when_they_apply() {
        AgendaRow row = agendaRow();
        clock.set(LocalDateTime.of(2026, 12, 9, 7, 59));
        assertThat(actionsFor(row)).containsExactlyInAnyOrder(DeskAction.PREVIEW, DeskAction.RESCHEDULE,
                DeskAction.CANCEL);
        clock.set(LocalDateTime.of(2026, 12, 9, 8, 0));
        assertThat(actionsFor(row)).contains(DeskAction.PRESENT).doesNotContain(DeskAction.ABSENT);
        clock.set(LocalDateTime.of(2026, 12, 9, 9, 0));
        assertThat(actionsFor(row)).contains(DeskAction.PRESENT, DeskAction.ABSENT, DeskAction.CANCEL);
        clock.set(LocalDateTime.of(2026, 12, 9, 9, 30));
        assertThat(actionsFor(row)).containsExactlyInAnyOrder(DeskAction.PREVIEW, DeskAction.PRESENT,
                DeskAction.ABSENT);

        clock.set(LocalDateTime.of(2026, 12, 9, 9, 5));
        TestSecurity.as(clerk, () -> {
            desk.recordAttendance(visit.id(), visit.version(), false);
            return null;
        });
        assertThat(actionsFor(agendaRow())).containsExactly(DeskAction.PREVIEW);
    }

    @Test
    void the_agenda_keeps_cancelled_visits_apart_and_filters_by_desk_and_week() {
        ScheduleFixtures.Setup twoDesks = fixtures.weekdayOffice(2);
        SignedInUser itsClerk = residents.clerk("desk-two", twoDesks.officeId());
        SignedInUser jan = residents.create("desk-jan");
        TestSecurity.as(anna, () -> booking.book(request(twoDesks, at(2026, 12, 9, 10, 0))));
        TestSecurity.as(jan, () -> booking.book(request(twoDesks, at(2026, 12, 9, 10, 0))));
        String friday = TestSecurity.as(jan, () -> booking.book(request(twoDesks, at(2026, 12, 11, 11, 0))));
        VisitDetails cancelled = TestSecurity.as(jan, () -> visits.myVisitByNumber(friday));
        TestSecurity.as(jan, () -> visits.cancel(cancelled.id(), cancelled.version(), null));
        LocalDate wednesday = LocalDate.of(2026, 12, 9);

        TestSecurity.as(itsClerk, () -> {
            List<AgendaRow> day = desk.agenda(AgendaFilter.day(twoDesks.officeId(), wednesday), PageRequest.of(0, 10));
            assertThat(day).extracting(AgendaRow::deskName).containsExactly("Stanowisko 1", "Stanowisko 2");
            assertThat(day).extracting(AgendaRow::contactEmail).containsOnly("zofia@example.pl");
            AgendaFilter oneDesk = new AgendaFilter(twoDesks.officeId(), wednesday, AgendaFilter.Period.DAY,
                    AgendaFilter.Shown.ACTIVE, twoDesks.deskIds().get(1));
            assertThat(desk.countAgenda(oneDesk)).isEqualTo(1);
            AgendaFilter week = new AgendaFilter(twoDesks.officeId(), LocalDate.of(2026, 12, 7),
                    AgendaFilter.Period.WEEK, AgendaFilter.Shown.ACTIVE, null);
            assertThat(desk.countAgenda(week)).isEqualTo(2);
            AgendaFilter cancelledWeek = new AgendaFilter(twoDesks.officeId(), LocalDate.of(2026, 12, 7),
                    AgendaFilter.Period.WEEK, AgendaFilter.Shown.CANCELLED, null);
            assertThat(desk.agenda(cancelledWeek, PageRequest.of(0, 10))).extracting(AgendaRow::bookingNumber)
                    .containsExactly(friday);
            return null;
        });
    }

    @Test
    void the_office_moves_a_visit_inside_the_residents_cut_off_and_the_history_says_so() {
        clock.set(LocalDateTime.of(2026, 12, 9, 8, 0));
        TestSecurity.as(clerk, () -> {
            desk.reschedule(visit.id(), visit.version(), at(2026, 12, 10, 10, 0));
            return null;
        });
        VisitDetails moved = mine();
        assertThat(moved.startsAt()).isEqualTo(at(2026, 12, 10, 10, 0));
        assertThat(moved.history()).extracting(HistoryEntry::kind, HistoryEntry::by).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VisitEventKind.BOOKED, Actor.RESIDENT),
                org.assertj.core.groups.Tuple.tuple(VisitEventKind.RESCHEDULED, Actor.OFFICE));
        VisitDetails seenByClerk = TestSecurity.as(clerk, () -> desk.visit(visit.id()));
        assertThat(seenByClerk.history()).hasSize(2);
        assertRefused(() -> desk.reschedule(visit.id(), visit.version(), at(2026, 12, 10, 11, 0)), "visit.stale");
    }

    private java.util.Set<DeskAction> actionsFor(AgendaRow row) {
        return TestSecurity.as(clerk, () -> desk.actionsFor(row));
    }

    @Test
    void search_finds_the_visits_of_my_offices_by_number_name_email_or_phone_across_dates() {
        String suffix = java.util.UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        String surname = "Szukajska" + suffix;
        String phone = "5" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        pl.wizyty.account.NewAccount form = pl.wizyty.TestData.newAccount(pl.wizyty.TestData.uniqueEmail("ewa"));
        form.setFirstName("Ewa");
        form.setLastName(surname);
        form.setPhone("+48 " + phone.substring(0, 3) + " " + phone.substring(3, 6) + " " + phone.substring(6));
        long ewaId = residents.register(form);
        SignedInUser ewa = new SignedInUser(ewaId, form.getEmail(), "Ewa " + surname, pl.wizyty.security.Roles.RESIDENT,
                "", true);
        String first = TestSecurity.as(ewa, () -> booking.book(request(office, at(2026, 12, 10, 9, 0))));
        TestSecurity.as(ewa, () -> booking.book(request(office, at(2026, 12, 21, 9, 0))));

        TestSecurity.as(clerk, () -> {
            assertThat(desk.search(" " + first.toLowerCase() + " ", PageRequest.of(0, 10)))
                    .extracting(AgendaRow::bookingNumber).containsExactly(first);
            for (String text : List.of(surname, "ewa " + surname.toUpperCase(), surname + " Ewa",
                    form.getEmail().toUpperCase(), phone.substring(0, 3) + "-" + phone.substring(3))) {
                assertThat(desk.search(text, PageRequest.of(0, 10))).as(text).hasSize(2)
                        .extracting(AgendaRow::residentName).containsOnly("Ewa " + surname);
                assertThat(desk.countSearch(text)).as(text).isEqualTo(2);
            }
            assertThat(desk.search("Nikt-" + suffix, PageRequest.of(0, 10))).isEmpty();
            return null;
        });
        SignedInUser stranger = residents.clerk("search-stranger", fixtures.weekdayOffice(1).officeId());
        TestSecurity.as(stranger, () -> {
            assertThat(desk.search(first, PageRequest.of(0, 10))).isEmpty();
            assertThat(desk.search(surname, PageRequest.of(0, 10))).isEmpty();
            assertThat(desk.countSearch(form.getEmail())).isZero();
            return null;
        });
        assertThatThrownBy(() -> TestSecurity.as(ewa, () -> desk.search(first, PageRequest.of(0, 10))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private AgendaRow agendaRow() {
        return TestSecurity.as(clerk, () -> desk.agenda(AgendaFilter.day(office.officeId(), LocalDate.of(2026, 12, 9)),
                PageRequest.of(0, 10)).getFirst());
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
