package pl.wizyty.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.ClosureForm;
import pl.wizyty.schedule.DeskForm;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.MatterForm;
import pl.wizyty.schedule.Office;
import pl.wizyty.schedule.OfficeForm;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.schedule.WeekHours;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.Actor;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.OfficeVisits;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitEventKind;
import pl.wizyty.visit.VisitService;
import pl.wizyty.visit.VisitState;

/** Setting up a town hall from nothing, and every rule that keeps its calendar sound. */
@IntegrationTest
class TownHallSetupTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

    @Autowired
    ScheduleAdminService schedule;
    @Autowired
    TownHallSetup setup;
    @Autowired
    OfficeVisits officeVisits;
    @Autowired
    ScheduleService catalogue;
    @Autowired
    SlotService slots;
    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser admin;

    @BeforeEach
    void mondayMorningAsAdmin() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        admin = residents.admin("setup");
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void an_admin_sets_up_an_office_that_residents_can_book_at_once() {
        Ids ids = officeWithMatterDeskAndHours("Wydział Zameldowań", "Zameldowanie na pobyt stały", "meldunek");

        assertThat(catalogue.bookableCatalogue("meldunek")).extracting(group -> group.office().name())
                .contains("Wydział Zameldowań");
        assertThat(slots.freeSlotsOn(ids.matter(), ids.office(), WEDNESDAY)).extracting(slot -> slot.time())
                .startsWith(LocalTime.of(8, 0), LocalTime.of(8, 30)).hasSize(14);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and action in "
                + "('OFFICE_SAVED', 'MATTER_SAVED', 'DESK_SAVED', 'HOURS_SAVED')", Long.class, admin.accountId()))
                .isEqualTo(5L);
    }

    @Test
    void a_matter_cannot_be_bookable_online_without_a_desk_nor_longer_than_the_hours() {
        long office = as(() -> schedule.saveOffice(office("Wydział bez stanowisk")));
        as(() -> {
            setup.saveHours(office, week(WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(9, 0)));
            return null;
        });

        assertRefused(() -> schedule.saveMatter(matter(null, 0, office, "Sprawa", 30, true)), "admin.matter.noDesk");
        assertRefused(() -> schedule.saveMatter(matter(null, 0, office, "Długa", 90, false)),
                "admin.matter.longerThanHours");
        assertRefused(() -> schedule.saveMatter(matter(null, 0, office, " ", 30, false)), "validation.required");
        assertThat(jdbc.queryForObject("select count(*) from matter m join matter_office mo on mo.matter_id = m.id "
                + "where mo.office_id = ?", Long.class, office)).isZero();
    }

    @Test
    void hours_that_overlap_start_in_the_past_or_strand_a_booked_visit_are_refused() {
        Ids ids = officeWithMatterDeskAndHours("Wydział Godzin", "Sprawa godzinowa", null);
        assertRefused(() -> setup.saveHours(ids.office(), new WeekHours(WEDNESDAY, Map.of(DayOfWeek.MONDAY,
                List.of(interval(8, 0, 12, 0), interval(11, 0, 14, 0))))), "admin.hours.overlap");
        assertRefused(() -> setup.saveHours(ids.office(), week(WEDNESDAY.minusDays(7), LocalTime.of(8, 0),
                LocalTime.of(15, 0))), "admin.hours.pastStart");

        SignedInUser anna = residents.create("godziny");
        TestSecurity.as(anna, () -> booking.book(request(ids, WEDNESDAY.atTime(14, 0))));
        WeekHours shorter = week(WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
        assertRefused(() -> setup.saveHours(ids.office(), shorter), "admin.hours.visitsOutside");
        assertThat(as(() -> officeVisits.outsideHours(ids.office(), shorter, PageRequest.of(0, 10))))
                .hasSize(1).first().satisfies(visit -> assertThat(visit.residentName()).isEqualTo("Zofia Testowa"));

        as(() -> {
            setup.saveHours(ids.office(), week(WEDNESDAY.plusDays(1), LocalTime.of(8, 0), LocalTime.of(12, 0)));
            return null;
        });
        assertThat(slots.freeSlotsOn(ids.matter(), ids.office(), WEDNESDAY)).hasSize(13);
        assertThat(slots.freeSlotsOn(ids.matter(), ids.office(), WEDNESDAY.plusDays(1))).hasSize(8);
    }

    @Test
    void a_closure_that_hits_visits_needs_odwolaj_wizyty_which_cancels_them_with_its_reason() {
        Ids ids = officeWithMatterDeskAndHours("Wydział Zamykany", "Sprawa zamykana", null);
        SignedInUser anna = residents.create("zamkniecie");
        String number = TestSecurity.as(anna, () -> booking.book(request(ids, WEDNESDAY.atTime(10, 0))));
        ClosureForm closure = new ClosureForm(ids.office(), null, WEDNESDAY, WEDNESDAY, null, null, "Awaria sieci");

        assertRefused(() -> setup.close(closure), "admin.closure.visitsHit");
        assertThat(as(() -> officeVisits.countHitByClosure(closure))).isEqualTo(1);
        assertThat(as(() -> setup.closeAndCancel(closure))).isEqualTo(1);

        VisitDetails cancelled = TestSecurity.as(anna, () -> visits.myVisitByNumber(number));
        assertThat(cancelled.state()).isEqualTo(VisitState.CANCELLED);
        assertThat(cancelled.cancelledBy()).isEqualTo(Actor.OFFICE);
        assertThat(cancelled.cancelReason()).isEqualTo("Awaria sieci");
        assertThat(cancelled.history()).extracting(line -> line.kind()).containsExactly(VisitEventKind.BOOKED,
                VisitEventKind.CANCELLED);
        assertThat(slots.freeSlotsOn(ids.matter(), ids.office(), WEDNESDAY)).isEmpty();
    }

    @Test
    void a_closure_for_part_of_a_day_takes_only_those_times() {
        Ids ids = officeWithMatterDeskAndHours("Wydział Częściowy", "Sprawa częściowa", null);
        as(() -> setup.close(new ClosureForm(ids.office(), null, WEDNESDAY, null, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Szkolenie")));

        assertThat(slots.freeSlotsOn(ids.matter(), ids.office(), WEDNESDAY)).extracting(slot -> slot.time())
                .doesNotContain(LocalTime.of(10, 0), LocalTime.of(11, 30)).contains(LocalTime.of(9, 30),
                        LocalTime.of(12, 0));
        assertRefused(() -> setup.close(new ClosureForm(ids.office(), null, WEDNESDAY, null, LocalTime.of(12, 0),
                LocalTime.of(10, 0), "Odwrotnie")), "admin.closure.timeOrder");
        assertRefused(() -> setup.close(new ClosureForm(ids.office(), null, WEDNESDAY, null, null, null, " ")),
                "validation.required");
    }

    @Test
    void nobody_but_an_admin_changes_the_set_up() {
        SignedInUser clerk = residents.clerk("nie-admin");
        assertThatThrownBy(() -> TestSecurity.as(clerk, () -> schedule.saveOffice(office("Cudzy"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> TestSecurity.as(residents.create("mieszkaniec"), () -> setup.close(
                new ClosureForm(null, null, WEDNESDAY, null, null, null, "x"))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    record Ids(long office, long matter, long desk) {
    }

    private Ids officeWithMatterDeskAndHours(String officeName, String matterName, String keywords) {
        return as(() -> {
            long office = schedule.saveOffice(office(officeName));
            setup.saveHours(office, week(LocalDate.of(2026, 12, 7), LocalTime.of(8, 0), LocalTime.of(15, 0)));
            MatterForm draft = matter(null, 0, office, matterName, 30, false);
            long matter = schedule.saveMatter(new MatterForm(null, 0, office, new Matter.Wording(matterName, "Opis",
                    "Dowód osobisty", null, null, null, keywords), 30, false, 0, 30, true));
            long desk = schedule.saveDesk(new DeskForm(null, 0, office, "Stanowisko 1", Set.of(matter), true));
            MatterForm saved = schedule.matter(matter);
            schedule.saveMatter(new MatterForm(matter, saved.version(), office, saved.wording(), 30, true, 0, 30,
                    true));
            return draft == null ? null : new Ids(office, matter, desk);
        });
    }

    private static OfficeForm office(String name) {
        return new OfficeForm(null, 0, name, "ul. Testowa 1, 00-001 Test", "pok. 2", "Bez progów", "", "", 30,
                true, Office.English.NONE);
    }

    private static MatterForm matter(Long id, long version, long office, String name, int minutes, boolean online) {
        return new MatterForm(id, version, office, new Matter.Wording(name, null, null, null, null, null, null),
                minutes, online, 0, 30, true);
    }

    private static WeekHours week(LocalDate from, LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, List<WeekHours.Interval>> days = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(day, List.of(new WeekHours.Interval(opens, closes)));
        }
        return new WeekHours(from, days);
    }

    private static WeekHours.Interval interval(int h1, int m1, int h2, int m2) {
        return new WeekHours.Interval(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
    }

    private static BookingRequest request(Ids ids, LocalDateTime start) {
        return new BookingRequest(ids.matter(), ids.office(), start.atZone(TimeConfiguration.ZONE).toInstant(),
                "zofia@example.pl", null, null, null);
    }

    private <T> T as(java.util.concurrent.Callable<T> action) {
        return TestSecurity.as(admin, action);
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(() -> as(() -> {
            action.run();
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
