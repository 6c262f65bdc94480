package pl.wizyty.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.ui.DateTimeTexts;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitFilter;
import pl.wizyty.visit.VisitService;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.schedule.ScheduleFixtures.Setup;
import pl.wizyty.security.SignedInUser;

@ViewPackages(packages = "pl.wizyty")
class BookingViewTest extends BrowserlessTestBase {

    /** Monday morning, before the office opens. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    BookingService bookingService;
    @Autowired
    VisitService visitService;

    Setup office;
    SignedInUser resident;

    @BeforeEach
    void standOnMondayMorning() {
        clock.set(NOW);
        office = fixtures.weekdayOffice(1);
        resident = residents.create("rezerwujaca");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void a_resident_books_a_visit_in_four_steps_and_sees_its_number() throws Exception {
        BookingView view = open();
        assertThat(view.stepHeading.getText()).isEqualTo("Krok 1 z 4: Wybierz sprawę");

        chooseMatter();
        test(view.next).click();
        assertThat(view.stepHeading.getText()).isEqualTo("Krok 2 z 4: Wybierz dzień");
        assertThat(view.day.getMin()).isEqualTo(NOW.toLocalDate());
        test(view.day).setValue(TUESDAY);
        test(view.next).click();
        assertThat(view.stepHeading.getText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        test(timeButton(view, "10:00")).click();
        assertThat(timeButton(view, "10:00").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(view.next).click();
        assertThat(view.stepHeading.getText()).isEqualTo("Krok 4 z 4: Sprawdź i potwierdź");
        assertThat(view.email.getValue()).isEqualTo(resident.email());
        assertThat(view.getElement().getTextRecursively()).contains("wtorek, 8 grudnia 2026", "10:00",
                "ul. Testowa 1, 00-001 Test", "pok. 1", "Dowód osobisty");
        test(view.accessibilityNeeds).setValue("Dostęp dla wózka");

        test(view.confirm).click();

        BookingConfirmationView confirmation = (BookingConfirmationView) getCurrentView();
        String number = confirmation.number.getText();
        assertThat(find(H1.class).single().getText()).isEqualTo("Wizyta została umówiona");
        assertThat(confirmation.getElement().getTextRecursively()).contains("wtorek, 8 grudnia 2026", "10:00",
                "Wydział Testowy", "pok. 1");
        VisitDetails visit = visitService.myVisitByNumber(number);
        assertThat(visit.startsAt()).isEqualTo(TUESDAY.atTime(10, 0).atZone(TimeConfiguration.ZONE).toInstant());
        assertThat(visit.office().id()).isEqualTo(office.officeId());
        assertThat(visit.accessibilityNeeds()).isEqualTo("Dostęp dla wózka");

        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        test(confirmation.calendar).download(ics);
        assertThat(ics.toString(StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR", number);
        assertThat(confirmation.calendar.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void going_back_keeps_the_matter_the_day_and_the_time() {
        BookingView view = open();
        chooseMatter();
        test(view.next).click();
        test(view.day).setValue(TUESDAY);
        test(view.next).click();
        test(timeButton(view, "09:30")).click();
        test(view.next).click();

        test(view.back).click();
        assertThat(view.stepHeading.getText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(timeButton(view, "09:30").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(timeButton(view, "10:00").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        test(view.back).click();
        assertThat(view.day.getValue()).isEqualTo(TUESDAY);
        test(view.back).click();
        assertThat(officeGroup().getValue().id()).isEqualTo(office.matterId());

        test(view.next).click();
        test(view.next).click();
        test(view.next).click();
        assertThat(view.getElement().getTextRecursively()).contains("wtorek, 8 grudnia 2026", "09:30");
    }

    @Test
    void a_day_without_free_slots_is_refused_and_free_days_are_offered() {
        BookingView view = open();
        chooseMatter();
        test(view.next).click();

        test(view.day).setValue(LocalDate.of(2026, 12, 12));

        assertThat(view.day.isInvalid()).isTrue();
        assertThat(view.day.getErrorMessage()).startsWith("Tego dnia nie ma wolnych terminów.");
        test(view.next).click();
        assertThat(view.formError.getText()).isEqualTo("Wybierz dzień wizyty, aby przejść dalej.");
        test(find(Button.class, view.dayShortcuts).withText("wtorek, 8 grudnia").single()).click();
        assertThat(view.day.getValue()).isEqualTo(TUESDAY);
    }

    @Test
    void the_nearest_free_time_is_one_click_away() {
        BookingView view = open();
        chooseMatter();
        test(view.next).click();

        test(view.nearest).click();

        assertThat(view.stepHeading.getText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(view.day.getValue()).isEqualTo(NOW.toLocalDate());
        assertThat(timeButton(view, "08:00").getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void a_slot_taken_meanwhile_is_refused_with_the_nearest_free_times_to_pick() {
        BookingView view = open();
        chooseMatter();
        test(view.next).click();
        test(view.day).setValue(TUESDAY);
        test(view.next).click();
        test(timeButton(view, "10:00")).click();
        test(view.next).click();
        SignedInUser other = residents.create("szybsza");
        TestSecurity.as(other, () -> bookingService.book(new BookingRequest(office.matterId(), office.officeId(),
                TUESDAY.atTime(10, 0).atZone(TimeConfiguration.ZONE).toInstant(), other.email(), "", null, null)));
        TestSecurity.signIn(resident);

        test(view.confirm).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.formError.getText()).isEqualTo(
                "Ten termin został właśnie zajęty przez inną osobę. Wybierz jeden z najbliższych wolnych terminów.");
        assertThat(view.alternatives.isVisible()).isTrue();
        List<Button> offered = find(Button.class, view.alternatives).all();
        assertThat(offered).isNotEmpty();
        assertThat(offered).extracting(Button::getText).doesNotContain("10:00", "10:15");
        assertThat(visitService.countMyVisits(VisitFilter.UPCOMING)).isZero();

        Button first = offered.getFirst();
        String chosenTime = first.getText();
        test(first).click();
        assertThat(view.status.getText()).contains(chosenTime);
        test(view.confirm).click();

        BookingConfirmationView confirmation = (BookingConfirmationView) getCurrentView();
        VisitDetails visit = visitService.myVisitByNumber(confirmation.number.getText());
        assertThat(DateTimeTexts.time(visit.startsAt())).isEqualTo(chosenTime);
    }

    @Test
    void a_note_that_is_too_long_is_refused_next_to_the_note() {
        BookingView view = open();
        chooseMatter();
        test(view.next).click();
        test(view.day).setValue(TUESDAY);
        test(view.next).click();
        test(timeButton(view, "11:00")).click();
        test(view.next).click();

        test(view.note).setValue("x".repeat(501));
        test(view.confirm).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getErrorMessage()).isEqualTo("Uwagi mogą mieć najwyżej 500 znaków (wpisano 501).");
        assertThat(view.formError.getText()).isEmpty();
        assertThat(visitService.countMyVisits(VisitFilter.UPCOMING)).isZero();
    }

    @Test
    void an_unknown_booking_number_shows_not_found() {
        TestSecurity.signIn(resident);

        navigate(BookingConfirmationView.class, Map.of("number", "XX-22222"));

        assertThat(find(H1.class).single().getText()).isEqualTo("Nie znaleziono wizyty");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Nie znaleziono wizyty o tym numerze.");
    }

    @Test
    void someone_not_signed_in_cannot_open_the_booking() {
        assertThatThrownBy(() -> navigate(BookingView.class)).isInstanceOf(IllegalArgumentException.class);

        assertThat(getCurrentView()).isNotInstanceOf(BookingView.class);
        assertThat(((MockPage) UI.getCurrent().getPage()).getLastExternalNavigationURL()).isEqualTo("/login");
    }

    private BookingView open() {
        TestSecurity.signIn(resident);
        return navigate(BookingView.class);
    }

    private void chooseMatter() {
        test(officeGroup()).selectItem("Sprawa testowa");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<pl.wizyty.schedule.MatterInfo> officeGroup() {
        return find(RadioButtonGroup.class).withId("booking-office-" + office.officeId()).single();
    }

    private Button timeButton(BookingView view, String time) {
        return find(Button.class, view.times).withText(time).single();
    }
}
