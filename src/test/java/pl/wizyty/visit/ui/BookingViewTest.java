package pl.wizyty.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
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
import pl.wizyty.base.DateTimeTexts;
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
        open();
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 1 z 4: Wybierz sprawę");
        assertThat(currentStepInProgress()).isEqualTo("Sprawa");

        chooseMatter();
        test(view().next).click();
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 2 z 4: Wybierz dzień");
        assertThat(currentStepInProgress()).isEqualTo("Dzień");
        assertThat(view().picker.day.getMin()).isEqualTo(NOW.toLocalDate());
        test(view().picker.day).setValue(TUESDAY);
        test(view().next).click();
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        chooseTime("10:00");
        assertThat(chosenTime()).isEqualTo("10:00");
        test(view().next).click();
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 4 z 4: Sprawdź i potwierdź");
        assertThat(view().contact.email.getValue()).isEqualTo(resident.email());
        assertThat(view().getElement().getTextRecursively()).contains("wtorek, 8 grudnia 2026", "10:00",
                "ul. Testowa 1, 00-001 Test", "pok. 1", "Dowód osobisty");
        test(view().contact.accessibilityNeeds).setValue("Dostęp dla wózka");

        test(view().confirm).click();

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
    void in_english_the_date_picker_names_months_and_weekdays_in_english() {
        TestSecurity.signIn(resident);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        openAddress("?sprawa=" + office.matterId());

        DatePicker.DatePickerI18n i18n = view().picker.day.getI18n();
        assertThat(i18n.getMonthNames()).startsWith("January", "February");
        assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void in_english_the_wizard_names_the_matter_and_office_in_english_and_writes_dates_the_english_way() {
        fixtures.inEnglish(office);
        TestSecurity.signIn(resident);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(BookingView.class);

        assertThat(officeGroup().getLabel()).isEqualTo("Test Department");
        test(officeGroup()).selectItem("Test matter");
        test(view().next).click();
        DatePicker.DatePickerI18n i18n = view().picker.day.getI18n();
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getMonthNames()).contains("December");
        assertThat(view().picker.day.getHelperText()).startsWith("From 07/12/2026 to ");
        test(view().picker.day).setValue(TUESDAY);
        test(view().next).click();
        chooseTime("10:00");
        test(view().next).click();

        assertThat(find(BookingSummary.class).single().getElement().getTextRecursively()).contains("Test matter",
                "Test Department", "room 1", "Tuesday, 8 December 2026", "ID card")
                .doesNotContain("Sprawa testowa", "Wydział Testowy", "pok. 1", "Dowód osobisty", "grudnia");
        test(view().confirm).click();
        assertThat(((BookingConfirmationView) getCurrentView()).getElement().getTextRecursively())
                .contains("Test matter", "Tuesday, 8 December 2026", "Test Department", "room 1", "ID card");
    }

    @Test
    void going_back_keeps_the_matter_the_day_and_the_time() {
        open();
        chooseMatter();
        test(view().next).click();
        test(view().picker.day).setValue(TUESDAY);
        test(view().next).click();
        chooseTime("09:30");
        test(view().next).click();

        test(view().back).click();
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(chosenTime()).isEqualTo("09:30");
        test(view().back).click();
        assertThat(view().picker.day.getValue()).isEqualTo(TUESDAY);
        test(view().back).click();
        assertThat(officeGroup().getValue().id()).isEqualTo(office.matterId());

        test(view().next).click();
        test(view().next).click();
        test(view().next).click();
        assertThat(view().getElement().getTextRecursively()).contains("wtorek, 8 grudnia 2026", "09:30");
    }

    @Test
    void a_day_that_cannot_be_booked_is_refused_with_its_real_reason_and_free_days_are_offered() {
        open();
        chooseMatter();
        test(view().next).click();

        test(view().picker.day).setValue(LocalDate.of(2026, 12, 12));

        assertThat(view().picker.day.isInvalid()).isTrue();
        assertThat(view().picker.day.getErrorMessage())
                .startsWith("W wybranym dniu (sobota, 12 grudnia 2026) urząd jest nieczynny.");
        test(view().next).click();
        assertThat(view().formError.getText())
                .startsWith("W wybranym dniu (sobota, 12 grudnia 2026) urząd jest nieczynny.");
        assertThat(getCurrentView()).isInstanceOf(BookingView.class);

        test(find(Button.class, view().picker.dayShortcuts).withText("wtorek, 8 grudnia").single()).click();
        assertThat(view().picker.day.getValue()).isEqualTo(TUESDAY);
        assertThat(view().picker.day.isInvalid()).isFalse();
    }

    @Test
    void past_holiday_closed_full_and_too_distant_days_each_say_why() {
        fixtures.close(office.officeId(), null, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9));
        fixtures.closeHours(office.officeId(), LocalDate.of(2026, 12, 10), java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(15, 0));
        open();
        chooseMatter();
        test(view().next).click();

        assertThat(reasonFor(LocalDate.of(2026, 12, 4)))
                .startsWith("Wybrany dzień (piątek, 4 grudnia 2026) już minął.");
        assertThat(reasonFor(LocalDate.of(2027, 2, 1))).contains("zbyt odległy", "środa, 6 stycznia 2027");
        assertThat(reasonFor(LocalDate.of(2026, 12, 9)))
                .startsWith("W wybranym dniu (środa, 9 grudnia 2026) urząd jest zamknięty.");
        assertThat(reasonFor(LocalDate.of(2026, 12, 10)))
                .startsWith("W wybranym dniu (czwartek, 10 grudnia 2026) nie ma już wolnych terminów.");
        assertThat(reasonFor(LocalDate.of(2026, 12, 25))).contains("jest dniem wolnym od pracy");
    }

    @Test
    void the_calendar_is_given_the_free_days_and_disables_every_other() {
        open();
        chooseMatter();

        test(view().next).click();
        // The first marking went out with the step's response; reading the days again sends it anew.
        view().picker.reload();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        String marking = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression() + " "
                        + invocation.getInvocation().getParameters())
                .filter(script -> script.contains("isDateDisabled")).reduce("", String::concat);
        assertThat(marking).contains("2026-12-07", "2026-12-08", "2026-12-11")
                .doesNotContain("2026-12-12", "2026-12-13", "2026-12-25");
    }

    /** A typed day: the tester refuses days outside the field's min and max, which a browser sends all the same. */
    private String reasonFor(LocalDate day) {
        DatePicker field = view().picker.day;
        if (day.isBefore(field.getMin()) || day.isAfter(field.getMax())) {
            field.setValue(day);
        } else {
            test(field).setValue(day);
        }
        assertThat(view().picker.day.isInvalid()).as(day.toString()).isTrue();
        test(view().next).click();
        assertThat(view().formError.getText()).isEqualTo(view().picker.day.getErrorMessage());
        return view().picker.day.getErrorMessage();
    }

    @Test
    void the_nearest_free_time_is_one_click_away() {
        open();
        chooseMatter();
        test(view().next).click();

        test(view().picker.nearest).click();

        assertThat(view().stepHeading.getText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(view().picker.day.getValue()).isEqualTo(NOW.toLocalDate());
        assertThat(chosenTime()).isEqualTo("08:00");
    }

    @Test
    void a_slot_taken_meanwhile_is_refused_with_the_nearest_free_times_to_pick() {
        open();
        chooseMatter();
        test(view().next).click();
        test(view().picker.day).setValue(TUESDAY);
        test(view().next).click();
        chooseTime("10:00");
        test(view().next).click();
        SignedInUser other = residents.create("szybsza");
        TestSecurity.as(other, () -> bookingService.book(new BookingRequest(office.matterId(), office.officeId(),
                TUESDAY.atTime(10, 0).atZone(TimeConfiguration.ZONE).toInstant(), other.email(), "", null, null)));
        TestSecurity.signIn(resident);

        test(view().confirm).click();

        assertThat(getCurrentView()).isInstanceOf(BookingView.class);
        assertThat(view().formError.getText()).isEqualTo(
                "Ten termin został właśnie zajęty przez inną osobę. Wybierz jeden z najbliższych wolnych terminów.");
        assertThat(view().alternatives.isVisible()).isTrue();
        List<Button> offered = find(Button.class, view().alternatives).all();
        assertThat(offered).isNotEmpty();
        assertThat(offered).extracting(Button::getText).doesNotContain("10:00", "10:15");
        assertThat(visitService.countMyVisits(VisitFilter.UPCOMING)).isZero();

        Button first = offered.getFirst();
        String chosenTime = first.getText();
        test(first).click();
        assertThat(view().status.getText()).contains(chosenTime);
        test(view().confirm).click();

        BookingConfirmationView confirmation = (BookingConfirmationView) getCurrentView();
        VisitDetails visit = visitService.myVisitByNumber(confirmation.number.getText());
        assertThat(DateTimeTexts.time(visit.startsAt())).isEqualTo(chosenTime);
    }

    @Test
    void a_note_that_is_too_long_is_refused_next_to_the_note() {
        open();
        chooseMatter();
        test(view().next).click();
        test(view().picker.day).setValue(TUESDAY);
        test(view().next).click();
        chooseTime("11:00");
        test(view().next).click();

        test(view().contact.note).setValue("x".repeat(501));
        test(view().confirm).click();

        assertThat(getCurrentView()).isInstanceOf(BookingView.class);
        assertThat(view().contact.note.isInvalid()).isTrue();
        assertThat(view().contact.note.getErrorMessage()).isEqualTo("Uwagi mogą mieć najwyżej 500 znaków (wpisano 501).");
        assertThat(view().formError.getText()).isEmpty();
        assertThat(visitService.countMyVisits(VisitFilter.UPCOMING)).isZero();
    }

    @Test
    void every_step_has_its_own_address_and_a_reload_keeps_every_choice() {
        open();
        chooseMatter();
        test(view().next).click();
        assertThat(currentAddress()).isEqualTo(address("sprawa=" + office.matterId()));
        test(view().picker.day).setValue(TUESDAY);
        test(view().next).click();
        assertThat(currentAddress()).isEqualTo(address("sprawa=" + office.matterId() + "&dzien=2026-12-08"));
        chooseTime("09:30");
        test(view().next).click();
        assertThat(currentAddress())
                .isEqualTo(address("sprawa=" + office.matterId() + "&dzien=2026-12-08&godzina=09:30"));

        openAddress("?" + currentAddress().getQueryString());

        assertThat(view().stepHeading.getText()).isEqualTo("Krok 4 z 4: Sprawdź i potwierdź");
        assertThat(view().getElement().getTextRecursively()).contains("Sprawa testowa", "wtorek, 8 grudnia 2026",
                "09:30");
        assertThat(view().contact.email.getValue()).isEqualTo(resident.email());
    }

    @Test
    void a_link_to_a_matter_opens_the_day_step_for_it() {
        TestSecurity.signIn(resident);

        openAddress("umow-wizyte?sprawa=" + office.matterId());

        assertThat(view().stepHeading.getText()).isEqualTo("Krok 2 z 4: Wybierz dzień");
        assertThat(view().getElement().getTextRecursively()).contains("Sprawa: Sprawa testowa (Wydział Testowy)");
        assertThat(view().formError.getText()).isEmpty();
    }

    @Test
    void a_stale_or_bad_address_falls_back_to_the_step_that_needs_a_new_choice_and_says_why() {
        TestSecurity.signIn(resident);
        String matter = "?sprawa=" + office.matterId();
        SignedInUser other = residents.create("szybsza");
        TestSecurity.as(other, () -> bookingService.book(new BookingRequest(office.matterId(), office.officeId(),
                TUESDAY.atTime(10, 0).atZone(TimeConfiguration.ZONE).toInstant(), other.email(), "", null, null)));
        TestSecurity.signIn(resident);

        openAddress(matter + "&dzien=2026-12-08&godzina=10:00");
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 3 z 4: Wybierz godzinę");
        assertThat(view().formError.getText()).startsWith("Wybrana godzina jest już zajęta");
        assertThat(offeredTimes()).isNotEmpty().doesNotContain("10:00");

        openAddress(matter + "&dzien=2026-12-12");
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 2 z 4: Wybierz dzień");
        assertThat(view().formError.getText()).startsWith("W wybranym dniu nie ma już wolnych terminów");

        openAddress(matter + "&dzien=2027-06-01");
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 2 z 4: Wybierz dzień");

        openAddress("umow-wizyte?sprawa=999999&dzien=2026-12-08");
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 1 z 4: Wybierz sprawę");
        assertThat(view().formError.getText()).startsWith("Nie znaleziono tej sprawy");

        openAddress("umow-wizyte?sprawa=abc");
        assertThat(view().stepHeading.getText()).isEqualTo("Krok 1 z 4: Wybierz sprawę");
        assertThat(view().formError.getText()).startsWith("Część adresu strony była nieczytelna");
        assertThat(visitService.countMyVisits(VisitFilter.UPCOMING)).isZero();
    }

    /** Opens the wizard at an address, as a link, a reload or the browser's Back would. */
    private void openAddress(String pathAndQuery) {
        String query = pathAndQuery.substring(pathAndQuery.indexOf('?') + 1);
        UI.getCurrent().navigate(BookingView.class, QueryParameters.fromString(query));
    }

    private QueryParameters currentAddress() {
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("umow-wizyte");
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
    }

    private static QueryParameters address(String query) {
        return QueryParameters.fromString(query);
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

    private void open() {
        TestSecurity.signIn(resident);
        navigate(BookingView.class);
    }

    private void chooseMatter() {
        test(officeGroup()).selectItem("Sprawa testowa");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<MatterStep.Choice> officeGroup() {
        return find(RadioButtonGroup.class).withId("booking-office-" + office.officeId()).single();
    }

    /** The free times are one radio group, labelled by the time. */
    private void chooseTime(String time) {
        test(view().picker.times).selectItem(time);
    }

    private String chosenTime() {
        var chosen = view().picker.times.getValue();
        return chosen == null ? null : view().picker.times.getItemLabelGenerator().apply(chosen);
    }

    private java.util.List<String> offeredTimes() {
        var times = view().picker.times;
        return times.getListDataView().getItems().map(times.getItemLabelGenerator()).toList();
    }

    /** The step the progress list marks as current (one item with aria-current="step" and the class current). */
    private String currentStepInProgress() {
        var list = org.jsoup.Jsoup.parseBodyFragment(pl.wizyty.base.ui.Markup.contentOf(
                find(com.vaadin.flow.component.html.OrderedList.class).withClassName("booking-progress").single()));
        assertThat(list.select("li")).hasSize(4);
        assertThat(list.select("li[aria-current]")).hasSize(1);
        assertThat(list.select("li.current")).isEqualTo(list.select("li[aria-current=step]"));
        return list.select("li[aria-current=step]").text();
    }

    private BookingView view() {
        return (BookingView) getCurrentView();
    }
}
