package pl.wizyty.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;

/** Each admin screen as an admin uses it, bad input included: a clear message next to the field, nothing saved. */
class AdminScreensTest extends BrowserlessTestBase {

    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    BookingService booking;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScheduleAdminService schedule;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void mondayMorning() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        signInAsNewAdmin();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_hub_links_every_admin_screen() {
        AdminView hub = navigate(AdminView.class);
        assertThat(find(Anchor.class, hub).all()).extracting(Anchor::getHref).contains(Routes.ADMIN_OFFICES,
                Routes.ADMIN_MATTERS, Routes.ADMIN_DESKS, Routes.ADMIN_HOURS, Routes.ADMIN_CLOSURES,
                Routes.ADMIN_STAFF, Routes.ADMIN_AUDIT);
    }

    @Test
    void a_desk_serves_only_matters_of_its_office_and_is_listed_under_it() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice("Wydział Stanowisk " + suffix, 1);
        DesksView view = navigate(DesksView.class);
        view.officeFilter.getListDataView().getItems().filter(o -> o.id() == office.officeId()).findFirst()
                .ifPresent(view.officeFilter::setValue);
        assertThat(test(view.list.grid).size()).isEqualTo(1);
        test(view.list.add).click();
        DesksView.Form form = find(DesksView.Form.class).single();
        test(form.save).click();
        assertThat(form.name.isInvalid()).isTrue();
        test(form.name).setValue("Stanowisko 2");
        form.matters.setValue(java.util.Set.copyOf(form.matters.getListDataView().getItems().toList()));
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(test(view.list.grid).size()).isEqualTo(2);
    }

    @Test
    void an_office_without_a_name_is_refused_next_to_the_name_and_a_good_one_is_listed() {
        OfficesView view = navigate(OfficesView.class);
        test(view.list.add).click();
        OfficesView.Form form = find(OfficesView.Form.class).single();
        test(form.address).setValue("ul. Nowa 1");
        test(form.room).setValue("pok. 3");
        test(form.save).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("To pole jest wymagane.");
        assertThat(form.isOpened()).isTrue();

        test(form.name).setValue("Wydział Ekranowy " + suffix);
        test(form.email).setValue("nie-adres");
        test(form.save).click();
        assertThat(form.email.isInvalid()).isTrue();

        test(form.email).setValue("ekran@example.pl");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        test(view.list.search).setValue(suffix);
        assertThat(test(view.list.grid).size()).isEqualTo(1);
        assertThat(test(view.list.grid).getCellText(0, 0)).isEqualTo("Wydział Ekranowy " + suffix);
    }

    @Test
    void an_office_gets_its_english_texts_in_its_form_and_keeps_them_for_the_next_edit() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice("Wydział Angielski " + suffix, 1);
        OfficesView view = navigate(OfficesView.class);
        view.open(schedule.office(office.officeId()));
        OfficesView.Form form = find(OfficesView.Form.class).single();
        test(form.nameEn).setValue("English Department");
        test(form.roomEn).setValue("x".repeat(pl.wizyty.schedule.Office.ROOM_MAX + 1));
        test(form.save).click();
        assertThat(form.roomEn.isInvalid()).as("too long: refused next to the field").isTrue();

        test(form.roomEn).setValue("room 1, ground floor");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.queryForMap("select name_en, room_en, accessibility_info_en from office where id = ?",
                office.officeId())).containsEntry("NAME_EN", "English Department")
                .containsEntry("ROOM_EN", "room 1, ground floor").containsEntry("ACCESSIBILITY_INFO_EN", null);
        view.open(schedule.office(office.officeId()));
        assertThat(find(OfficesView.Form.class).last().nameEn.getValue()).isEqualTo("English Department");
    }

    @Test
    void a_matter_bookable_online_without_a_desk_is_refused_at_the_checkbox() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice("Wydział Spraw " + suffix, 1);
        MattersView view = navigate(MattersView.class);
        test(view.list.add).click();
        MattersView.Form form = find(MattersView.Form.class).single();
        form.office.getListDataView().getItems().filter(o -> o.id() == office.officeId()).findFirst()
                .ifPresent(form.office::setValue);
        test(form.name).setValue("Sprawa bez stanowiska " + suffix);
        test(form.online).click();
        test(form.save).click();

        assertThat(form.online.isInvalid()).isTrue();
        assertThat(form.online.getErrorMessage()).startsWith("Żadne stanowisko nie obsługuje tej sprawy.");
        assertThat(jdbc.queryForObject("select count(*) from matter where name = ?", Long.class,
                "Sprawa bez stanowiska " + suffix)).isZero();
    }

    @Test
    void hours_that_cannot_be_read_are_refused_at_their_day_and_stranded_visits_are_listed() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice("Wydział Godzin " + suffix, 1);
        TestSecurity.as(residents.create("godziny-ekran"), () -> booking.book(new BookingRequest(office.matterId(),
                office.officeId(), LocalDate.of(2026, 12, 9).atTime(14, 0).atZone(TimeConfiguration.ZONE)
                        .toInstant(), "zofia@example.pl", null, null, null)));
        OpeningHoursView view = navigate(OpeningHoursView.class);
        view.office.getListDataView().getItems().filter(o -> o.id() == office.officeId()).findFirst()
                .ifPresent(view.office::setValue);
        test(view.days.get(DayOfWeek.MONDAY)).setValue("od ósmej");
        test(view.save).click();
        assertThat(view.days.get(DayOfWeek.MONDAY).isInvalid()).isTrue();
        assertThat(view.days.get(DayOfWeek.MONDAY).getErrorMessage()).startsWith("Wpisz przedziały w formacie");

        for (DayOfWeek day : view.days.keySet()) {
            test(view.days.get(day)).setValue(day.getValue() <= 5 ? "8:00–12:00" : "");
        }
        test(view.save).click();
        assertThat(view.error.getText()).startsWith("Te godziny pozostawiłyby poza nimi umówione wizyty (1).");
        assertThat(view.stranded.isVisible()).isTrue();
        assertThat(test(view.stranded).size()).isEqualTo(1);
    }

    @Test
    void a_closure_lists_the_visits_it_hits_and_odwolaj_wizyty_cancels_them() {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice("Wydział Zamknięć " + suffix, 1);
        String number = TestSecurity.as(residents.create("zamkniecie-ekran"), () -> booking.book(
                new BookingRequest(office.matterId(), office.officeId(), LocalDate.of(2026, 12, 9).atTime(9, 0)
                        .atZone(TimeConfiguration.ZONE).toInstant(), "zofia@example.pl", null, null, null)));
        ClosuresView view = navigate(ClosuresView.class);
        view.office.getListDataView().getItems().filter(o -> o.id() == office.officeId()).findFirst()
                .ifPresent(view.office::setValue);
        test(view.firstDay).setValue(LocalDate.of(2026, 12, 9));
        test(view.check).click();
        assertThat(view.reason.isInvalid()).as("a reason is required").isTrue();

        test(view.reason).setValue("Przeprowadzka wydziału");
        test(view.check).click();
        assertThat(view.hitCount.getText()).startsWith("W tym czasie umówiono wizyt: 1.");
        assertThat(test(view.hit).getCellText(0, 1)).isEqualTo(number);
        assertThat(view.cancelVisits.isVisible()).isTrue();

        test(view.cancelVisits).click();
        assertThat(jdbc.queryForObject("select status from visit where booking_number = ?", String.class, number))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select cancel_reason from visit where booking_number = ?", String.class,
                number)).isEqualTo("Przeprowadzka wydziału");
        assertThat(jdbc.queryForObject("select count(*) from closure where office_id = ?", Long.class,
                office.officeId())).isEqualTo(1L);
    }
}
