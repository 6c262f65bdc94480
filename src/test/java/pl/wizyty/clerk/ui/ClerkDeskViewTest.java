package pl.wizyty.clerk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.ui.NotFoundView;
import pl.wizyty.visit.Actor;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;
import pl.wizyty.visit.VisitState;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

class ClerkDeskViewTest extends BrowserlessTestBase {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;

    private ScheduleFixtures.Setup office;
    private SignedInUser anna;
    private String annasNumber;

    @BeforeEach
    void bookTwoVisits() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        office = fixtures.weekdayOffice(1);
        anna = residents.create("anna");
        annasNumber = TestSecurity.as(anna, () -> booking.book(request(at(9, 0), "Wózek inwalidzki")));
        TestSecurity.as(residents.create("jan"), () -> booking.book(request(at(10, 0), null)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_desk_lists_the_days_visits_of_an_office_with_accessibility_needs() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);

        assertThat(test(view.agenda).size()).isEqualTo(2);
        assertThat(test(view.agenda).getCellText(0, 0)).isEqualTo("09:00");
        assertThat(test(view.agenda).getCellText(0, 1)).isEqualTo(annasNumber);
        assertThat(test(view.agenda).getCellText(0, 4)).isEqualTo("Umówiona");
        assertThat(test(view.agenda).getCellText(0, 5)).contains("Dostępność: Wózek inwalidzki");
        assertThat(view.count.getText()).isEqualTo("Wizyty w tym dniu: 2");
    }

    @Test
    void attendance_is_recorded_from_an_hour_before_the_visit_and_not_earlier() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        test(button(view, 0, "Obecny")).click();
        assertThat(visitState()).as("two days early").isEqualTo(VisitState.UPCOMING);

        clock.set(LocalDateTime.of(2026, 12, 9, 8, 55));
        test(button(view, 0, "Obecny")).click();
        assertThat(test(view.agenda).getCellText(0, 4)).isEqualTo("Zakończona");
        assertThat(visitState()).isEqualTo(VisitState.FINISHED);
    }

    @Test
    void a_clerk_cancels_on_the_residents_behalf_and_the_resident_sees_who_and_why() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);

        test(button(view, 0, "Odwołaj")).click();
        CancelOnBehalfDialog dialog = find(CancelOnBehalfDialog.class).single();
        roundTrip();
        test(dialog.reason).setValue("Awaria systemu w wydziale");
        test(find(Button.class, dialog).withText("Odwołaj wizytę").single()).click();

        VisitDetails seenByAnna = TestSecurity.as(anna, () -> visits.myVisitByNumber(annasNumber));
        assertThat(seenByAnna.state()).isEqualTo(VisitState.CANCELLED);
        assertThat(seenByAnna.cancelledBy()).isEqualTo(Actor.OFFICE);
        assertThat(seenByAnna.cancelReason()).isEqualTo("Awaria systemu w wydziale");
        assertThat(test(view.agenda).getCellText(0, 4)).isEqualTo("Odwołana");
    }

    @Test
    void a_resident_cannot_open_the_desk() {
        signInAsNewResident();
        assertThatThrownBy(() -> navigate(ClerkDeskView.class)).hasMessageContaining(NotFoundView.class.getName());
    }

    private ClerkDeskView openDeskOn(LocalDate day) {
        signInAsNewAdmin();
        ClerkDeskView view = navigate(ClerkDeskView.class);
        view.office.getListDataView().getItems().filter(o -> o.id() == office.officeId()).findFirst()
                .ifPresent(view.office::setValue);
        view.day.setValue(day);
        return view;
    }

    private Button button(ClerkDeskView view, int row, String text) {
        Component cell = test(view.agenda).getCellComponent(row, 6);
        return find(Button.class, cell).withText(text).single();
    }

    private VisitState visitState() {
        return TestSecurity.as(anna, () -> visits.myVisitByNumber(annasNumber)).state();
    }

    private BookingRequest request(Instant start, String needs) {
        return new BookingRequest(office.matterId(), office.officeId(), start, "a@example.pl", null, null, needs);
    }

    private static Instant at(int hour, int minute) {
        return WEDNESDAY.atTime(hour, minute).atZone(TimeConfiguration.ZONE).toInstant();
    }
}
