package pl.wizyty.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.base.ui.Markup;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.HistoryEntry;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitEventKind;
import pl.wizyty.visit.VisitFilter;
import pl.wizyty.visit.VisitService;
import pl.wizyty.visit.VisitState;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.schedule.ScheduleFixtures.Setup;
import pl.wizyty.security.SignedInUser;

@ViewPackages(packages = "pl.wizyty")
class MyVisitsViewTest extends BrowserlessTestBase {

    /** Monday morning, before the office opens. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    private static final LocalDateTime TUESDAY_9 = LocalDateTime.of(2026, 12, 8, 9, 0);
    private static final LocalDateTime WEDNESDAY_10 = LocalDateTime.of(2026, 12, 9, 10, 0);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

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
        resident = residents.create("moje-wizyty");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void the_list_shows_the_residents_own_visits_with_their_status_and_no_one_elses() {
        String tuesday = book(resident, TUESDAY_9);
        String wednesday = book(resident, WEDNESDAY_10);
        String someoneElses = book(residents.create("sasiadka"), LocalDateTime.of(2026, 12, 8, 11, 0));

        MyVisitsView view = open();

        assertThat(find(H1.class).single().getText()).isEqualTo("Moje wizyty");
        assertThat(view.filterButtons.get(VisitFilter.UPCOMING).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(test(view.grid).size()).isEqualTo(2);
        String first = cellText(view, 0);
        assertThat(first).contains("wtorek, 8 grudnia 2026, 09:00", "Sprawa testowa", "Wydział Testowy, pok. 1",
                tuesday, "Umówiona");
        assertThat(cellText(view, 1)).contains("środa, 9 grudnia 2026, 10:00", wednesday, "Umówiona");
        assertThat(first + cellText(view, 1)).doesNotContain(someoneElses);
        Button preview = button(view, 0, "Podgląd");
        assertThat(preview.getAriaLabel()).hasValue(
                "Podgląd wizyty: Sprawa testowa, wtorek, 8 grudnia 2026, 09:00");
        assertThat(moreOptions(view, 0).getItems().getFirst().getAriaLabel())
                .hasValue("Więcej opcji: Sprawa testowa, wtorek, 8 grudnia 2026, 09:00");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void the_filters_show_upcoming_past_and_cancelled_visits() {
        String past = book(resident, LocalDateTime.of(2026, 12, 7, 8, 0));
        String cancelled = book(resident, WEDNESDAY_10);
        TestSecurity.as(resident, () -> {
            VisitDetails visit = visitService.myVisitByNumber(cancelled);
            return visitService.cancel(visit.id(), visit.version(), null);
        });
        String upcoming = book(resident, TUESDAY_9);
        clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));

        MyVisitsView view = open();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(cellText(view, 0)).contains(upcoming, "Umówiona");

        test(view.filterButtons.get(VisitFilter.PAST)).click();
        assertThat(view.filterButtons.get(VisitFilter.PAST).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(view.filterButtons.get(VisitFilter.UPCOMING).getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(cellText(view, 0)).contains(past, "Zakończona");

        test(view.filterButtons.get(VisitFilter.CANCELLED)).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(cellText(view, 0)).contains(cancelled, "Odwołana");
    }

    @Test
    void an_empty_list_says_so_and_links_to_booking() {
        MyVisitsView view = open();

        assertThat(view.listShown()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.emptyText.getText()).isEqualTo("Nie masz jeszcze umówionych wizyt.");
        assertThat(view.empty.getChildren().map(Markup::contentOf).toList())
                .contains("<a href=\"umow-wizyte\">Umów nową wizytę</a>");

        test(view.filterButtons.get(VisitFilter.CANCELLED)).click();
        assertThat(view.emptyText.getText()).isEqualTo("Nie masz odwołanych wizyt.");
    }

    @Test
    void in_english_the_list_and_the_preview_name_the_matter_and_office_in_english() throws Exception {
        fixtures.inEnglish(office);
        String number = book(resident, TUESDAY_9);
        TestSecurity.signIn(resident);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        MyVisitsView view = navigate(MyVisitsView.class);

        assertThat(cellText(view, 0)).contains("Tuesday, 8 December 2026, 09:00", "Test matter",
                "Test Department, room 1").doesNotContain("Sprawa testowa", "Wydział Testowy");
        test(button(view, 0, "Preview")).click();
        VisitPreviewDialog dialog = openDialog(VisitPreviewDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Visit preview: Test matter");
        assertThat(dialog.getElement().getTextRecursively()).contains("Test Department", "room 1", "ID card",
                "Wejście bez progów").doesNotContain("Sprawa testowa", "Dowód osobisty");
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        test(dialog.calendar).download(ics);
        assertThat(ics.toString(StandardCharsets.UTF_8)).contains(number, "SUMMARY:", "Test matter",
                "LOCATION:Test Department");
    }

    @Test
    void the_preview_shows_every_detail_the_history_and_a_calendar_file() throws Exception {
        String number = book(resident, TUESDAY_9);
        MyVisitsView view = open();

        test(button(view, 0, "Podgląd")).click();

        VisitPreviewDialog dialog = openDialog(VisitPreviewDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Podgląd wizyty: Sprawa testowa");
        assertThat(dialog.getElement().getTextRecursively()).contains("Sprawa testowa", "Wydział Testowy",
                "ul. Testowa 1, 00-001 Test", "pok. 1", "wtorek, 8 grudnia 2026", "09:00–09:30", number,
                "Umówiona", "Dowód osobisty", resident.email(), "Potrzeby związane z dostępnością",
                "Umówiono: poniedziałek, 7 grudnia 2026, 07:00");
        assertThat(dialog.closeButton.getAriaLabel()).contains("Zamknij");
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        test(dialog.calendar).download(ics);
        assertThat(ics.toString(StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR", number);

        test(dialog.closeButton).click();
        roundTrip();
        assertThat(find(VisitPreviewDialog.class).exists()).isFalse();
    }

    @Test
    void a_deep_link_opens_the_list_with_the_visits_preview() {
        String number = book(resident, TUESDAY_9);
        TestSecurity.signIn(resident);

        MyVisitsView view = navigate(MyVisitsView.class, Map.of("bookingNumber", number));

        VisitPreviewDialog dialog = openDialog(VisitPreviewDialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains(number, "wtorek, 8 grudnia 2026");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void someone_elses_number_in_a_deep_link_is_not_found_and_shows_nothing_of_it() {
        String someoneElses = book(residents.create("obca"), TUESDAY_9);
        TestSecurity.signIn(resident);

        MyVisitsView view = navigate(MyVisitsView.class, Map.of("bookingNumber", someoneElses));

        roundTrip();
        assertThat(find(VisitPreviewDialog.class).exists()).isFalse();
        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("Nie znaleziono wizyty o tym numerze.");
        assertThat(view.listShown()).isFalse();
        assertThat(view.getElement().getTextRecursively()).doesNotContain(someoneElses);
    }

    @Test
    void cancelling_with_a_reason_says_the_visit_was_cancelled_and_lists_it_as_cancelled() {
        String number = book(resident, TUESDAY_9);
        MyVisitsView view = open();

        menuTester(view).clickItem(0, 1);
        CancelVisitDialog dialog = openDialog(CancelVisitDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Odwołaj wizytę");
        assertThat(dialog.getElement().getTextRecursively()).contains("Szczegóły wizyty", "Sprawa testowa",
                "Wydział Testowy", "wtorek, 8 grudnia 2026", "09:00", number);
        assertThat(dialog.reason.getLabel()).isEqualTo("Powód anulowania wizyty");
        assertThat(dialog.reason.getMaxLength()).isZero();
        assertThat(dialog.counter.getText()).isEqualTo("0/500");
        test(dialog.reason).setValue("Wyjazd służbowy");
        assertThat(dialog.counter.getText()).isEqualTo("15/500");

        test(dialog.confirm).click();

        roundTrip();
        assertThat(find(CancelVisitDialog.class).exists()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Wizyta została odwołana");
        assertThat(view.status.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Wizyta została odwołana");
        assertThat(view.listShown()).isFalse();
        test(view.filterButtons.get(VisitFilter.CANCELLED)).click();
        assertThat(cellText(view, 0)).contains(number, "Odwołana");
        VisitDetails visit = mine(number);
        assertThat(visit.state()).isEqualTo(VisitState.CANCELLED);
        assertThat(visit.cancelReason()).isEqualTo("Wyjazd służbowy");

        test(button(view, 0, "Podgląd")).click();
        assertThat(openDialog(VisitPreviewDialog.class).history.getElement().getTextRecursively())
                .contains("Odwołano: poniedziałek, 7 grudnia 2026, 07:00, przez: mieszkańca, powód: Wyjazd służbowy");
    }

    @Test
    void a_reason_longer_than_500_characters_is_refused_at_the_field_and_nothing_changes() {
        String number = book(resident, TUESDAY_9);
        MyVisitsView view = open();
        menuTester(view).clickItem(0, 1);
        CancelVisitDialog dialog = openDialog(CancelVisitDialog.class);

        test(dialog.reason).setValue("x".repeat(501));
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Powód może mieć najwyżej 500 znaków (wpisano 501).");
        assertThat(dialog.reason.getValue()).hasSize(501);
        assertThat(dialog.counter.getText()).isEqualTo("501/500");
        assertThat(mine(number).state()).isEqualTo(VisitState.UPCOMING);
    }

    @Test
    void cancelling_a_visit_changed_meanwhile_is_refused_with_a_message() {
        String number = book(resident, TUESDAY_9);
        MyVisitsView view = open();
        menuTester(view).clickItem(0, 1);
        CancelVisitDialog dialog = openDialog(CancelVisitDialog.class);
        VisitDetails visit = mine(number);
        visitService.cancel(visit.id(), visit.version(), "W innej karcie");

        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo(
                "Ta wizyta została w międzyczasie zmieniona (np. w innej karcie). Odśwież widok i spróbuj ponownie.");
        assertThat(dialog.error.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(mine(number).cancelReason()).isEqualTo("W innej karcie");
    }

    @Test
    void changing_the_date_shows_the_new_time_and_the_history_records_it() {
        String number = book(resident, TUESDAY_9);
        MyVisitsView view = open();

        menuTester(view).clickItem(0, 0);
        RescheduleVisitDialog dialog = openDialog(RescheduleVisitDialog.class);
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Obecny termin: wtorek, 8 grudnia 2026, 09:00");
        test(dialog.picker.day).setValue(WEDNESDAY);
        test(dialog.picker.times).selectItem("11:00");
        assertThat(dialog.newTime.getText()).isEqualTo("Nowy termin: środa, 9 grudnia 2026, 11:00");

        test(dialog.confirm).click();

        roundTrip();
        assertThat(find(RescheduleVisitDialog.class).exists()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Termin wizyty został zmieniony");
        assertThat(cellText(view, 0)).contains("środa, 9 grudnia 2026, 11:00", number);
        VisitDetails visit = mine(number);
        assertThat(visit.startsAt()).isEqualTo(at(LocalDateTime.of(2026, 12, 9, 11, 0)));
        assertThat(visit.history()).extracting(HistoryEntry::kind).contains(VisitEventKind.RESCHEDULED);
        test(button(view, 0, "Podgląd")).click();
        assertThat(openDialog(VisitPreviewDialog.class).history.getElement().getTextRecursively()).contains(
                "Zmieniono termin: wtorek, 8 grudnia 2026, 09:00 → środa, 9 grudnia 2026, 11:00");
    }

    @Test
    void a_new_time_taken_meanwhile_is_refused_with_the_nearest_free_times_and_the_visit_stays() {
        String number = book(resident, TUESDAY_9);
        MyVisitsView view = open();
        menuTester(view).clickItem(0, 0);
        RescheduleVisitDialog dialog = openDialog(RescheduleVisitDialog.class);
        test(dialog.picker.day).setValue(WEDNESDAY);
        test(dialog.picker.times).selectItem("11:00");
        book(residents.create("szybsza"), LocalDateTime.of(2026, 12, 9, 11, 0));
        TestSecurity.signIn(resident);

        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo(
                "Ten termin został właśnie zajęty przez inną osobę. Wybierz jeden z najbliższych wolnych terminów.");
        assertThat(dialog.alternatives.isVisible()).isTrue();
        List<Button> offered = find(Button.class, dialog.alternatives).all();
        assertThat(offered).isNotEmpty();
        assertThat(offered).extracting(Button::getText).doesNotContain("środa, 9 grudnia, 11:00");
        assertThat(mine(number).startsAt()).isEqualTo(at(TUESDAY_9));

        String chosen = offered.getFirst().getText();
        test(offered.getFirst()).click();
        assertThat(dialog.newTime.getText()).contains(chosen.substring(chosen.lastIndexOf(' ') + 1));
        test(dialog.confirm).click();
        assertThat(mine(number).startsAt()).isNotEqualTo(at(TUESDAY_9));
    }

    @Test
    void past_cancelled_and_too_close_visits_offer_no_menu() {
        book(resident, LocalDateTime.of(2026, 12, 7, 8, 0));
        String cancelled = book(resident, WEDNESDAY_10);
        TestSecurity.as(resident, () -> {
            VisitDetails visit = visitService.myVisitByNumber(cancelled);
            return visitService.cancel(visit.id(), visit.version(), null);
        });
        MyVisitsView view = open();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(menus(view, 0)).isEmpty();
        assertThat(button(view, 0, "Podgląd")).isNotNull();

        test(view.filterButtons.get(VisitFilter.CANCELLED)).click();
        assertThat(menus(view, 0)).isEmpty();

        clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        test(view.filterButtons.get(VisitFilter.PAST)).click();
        assertThat(cellText(view, 0)).contains("Zakończona");
        assertThat(menus(view, 0)).isEmpty();
    }

    // Helpers

    private MyVisitsView open() {
        TestSecurity.signIn(resident);
        return navigate(MyVisitsView.class);
    }

    private String book(SignedInUser who, LocalDateTime start) {
        return TestSecurity.as(who, () -> bookingService.book(new BookingRequest(office.matterId(),
                office.officeId(), at(start), who.email(), "", null, null)));
    }

    private VisitDetails mine(String number) {
        TestSecurity.signIn(resident);
        return visitService.myVisitByNumber(number);
    }

    private static Instant at(LocalDateTime warsawTime) {
        return warsawTime.atZone(TimeConfiguration.ZONE).toInstant();
    }

    private <D extends Component> D openDialog(Class<D> type) {
        roundTrip();
        return find(type).single();
    }

    private Component card(MyVisitsView view, int row) {
        return test(view.grid).getCellComponent(row, 0);
    }

    /** The card's text as the browser shows it: its components' texts and its fields, which are one markup element. */
    private String cellText(MyVisitsView view, int row) {
        Component card = card(view, row);
        StringBuilder text = new StringBuilder(card.getElement().getTextRecursively());
        find(Html.class, card).all()
                .forEach(fields -> text.append(' ').append(Jsoup.parse(fields.getInnerHtml()).text()));
        return text.toString();
    }

    private Button button(MyVisitsView view, int row, String text) {
        return find(Button.class, card(view, row)).withText(text).single();
    }

    private List<MenuBar> menus(MyVisitsView view, int row) {
        return find(MenuBar.class, card(view, row)).all();
    }

    @SuppressWarnings("unchecked")
    private MenuBarTester<MenuBar> menuTester(MyVisitsView view) {
        return test(MenuBarTester.class, moreOptions(view, 0));
    }

    private MenuBar moreOptions(MyVisitsView view, int row) {
        return find(MenuBar.class, card(view, row)).single();
    }
}
