package pl.wizyty.clerk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.ui.AccessDeniedView;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.Actor;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;
import pl.wizyty.visit.VisitState;

class ClerkDeskViewTest extends BrowserlessTestBase {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    private static final int TIME = 0;
    private static final int DESK = 1;
    private static final int NUMBER = 2;
    private static final int RESIDENT = 3;
    private static final int PHONE = 4;
    private static final int EMAIL = 5;
    private static final int STATE = 7;
    private static final int NEEDS = 8;
    private static final int ACTIONS = 9;

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
    private SignedInUser jan;
    private String annasNumber;
    private String jansNumber;

    @BeforeEach
    void bookTwoVisits() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        office = fixtures.weekdayOffice("Wydział Spraw Obywatelskich i Ewidencji Ludności " + System.nanoTime(), 1);
        anna = residents.create("anna");
        jan = residents.create("jan");
        annasNumber = TestSecurity.as(anna, () -> booking.book(request(at(9, 0), "+48 600 111 222", "Wózek inwalidzki")));
        jansNumber = TestSecurity.as(jan, () -> booking.book(request(at(10, 0), null, null)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_agenda_shows_desk_contact_and_flagged_needs_of_the_days_visits() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);

        assertThat(test(view.agenda).size()).isEqualTo(2);
        assertThat(test(view.agenda).getCellText(0, TIME)).isEqualTo("09:00");
        assertThat(test(view.agenda).getCellText(0, DESK)).isEqualTo("Stanowisko 1");
        assertThat(test(view.agenda).getCellText(0, NUMBER)).isEqualTo(annasNumber);
        assertThat(test(view.agenda).getCellText(0, RESIDENT)).isEqualTo("Zofia Testowa");
        assertThat(test(view.agenda).getCellText(0, PHONE)).isEqualTo("+48 600 111 222");
        assertThat(test(view.agenda).getCellText(0, EMAIL)).isEqualTo("a@example.pl");
        assertThat(test(view.agenda).getCellText(0, STATE)).isEqualTo("Umówiona");
        Component needs = test(view.agenda).getCellComponent(0, NEEDS);
        assertThat(needs.getElement().getTextRecursively()).contains("Dostępność: Wózek inwalidzki");
        assertThat(needs.getElement().getChild(0).getClassList()).contains("desk-needs");
        assertThat(view.count.getText()).isEqualTo("Wizyty w tym dniu: 2");
    }

    @Test
    void cancelled_visits_are_shown_apart_and_the_week_view_covers_monday_to_sunday() {
        VisitDetails jans = TestSecurity.as(jan, () -> visits.myVisitByNumber(jansNumber));
        TestSecurity.as(jan, () -> visits.cancel(jans.id(), jans.version(), "Wyjazd"));
        TestSecurity.as(jan, () -> booking.book(request(WEDNESDAY.plusDays(2).atTime(11, 0)
                .atZone(TimeConfiguration.ZONE).toInstant(), null, null)));
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        assertThat(test(view.agenda).size()).isEqualTo(1);

        test(view.shown).selectItem("Odwołane");
        assertThat(test(view.agenda).size()).isEqualTo(1);
        assertThat(test(view.agenda).getCellText(0, NUMBER)).isEqualTo(jansNumber);
        assertThat(test(view.agenda).getCellText(0, STATE)).isEqualTo("Odwołana");

        test(view.shown).selectItem("Aktywne");
        test(view.period).selectItem("Tydzień");
        assertThat(test(view.agenda).size()).isEqualTo(2);
        assertThat(test(view.agenda).getCellText(1, TIME)).endsWith("11:00");
        assertThat(view.count.getText()).isEqualTo("Wizyty w tym tygodniu: 2");
        assertThat(view.next.getText()).isEqualTo("Następny tydzień");
    }

    @Test
    void present_is_offered_from_an_hour_before_and_records_attendance() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        assertThat(buttonTexts(view, 0)).containsExactly("Zmień termin", "Odwołaj wizytę", "Podgląd");

        clock.set(LocalDateTime.of(2026, 12, 9, 8, 55));
        view.day.setValue(WEDNESDAY.minusDays(1));
        view.day.setValue(WEDNESDAY);
        assertThat(buttonTexts(view, 0)).containsExactly("Obecny", "Zmień termin", "Odwołaj wizytę", "Podgląd");
        assertThat(button(view, 0, "Obecny").getTooltip().getText()).isEqualTo("Alt+O");
        test(button(view, 0, "Obecny")).click();

        assertThat(test(view.agenda).getCellText(0, STATE)).isEqualTo("Zakończona");
        assertThat(visitState(anna, annasNumber)).isEqualTo(VisitState.FINISHED);
        assertThat(view.feedback.getText()).isEqualTo("Wizyta " + annasNumber + ": zapisano „Zakończona”.");
        assertThat(buttonTexts(view, 0)).containsExactly("Podgląd");
    }

    @Test
    void the_keys_record_attendance_of_the_focused_visit_and_a_refusal_is_one_clear_message() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(view.feedback.getText()).isEqualTo("Najpierw przejdź do wizyty w tabeli (Tab, potem strzałki).");

        clock.set(LocalDateTime.of(2026, 12, 9, 8, 30));
        focusRow(view, 0);
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(view.feedback.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.feedback.getText()).startsWith("Nieobecność można odnotować");
        assertThat(visitState(anna, annasNumber)).isEqualTo(VisitState.UPCOMING);

        clock.set(LocalDateTime.of(2026, 12, 9, 9, 5));
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(visitState(anna, annasNumber)).isEqualTo(VisitState.NO_SHOW);
        assertThat(view.feedback.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void a_clerk_moves_a_visit_with_the_residents_picker_and_the_preview_shows_who_did() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        test(button(view, 0, "Zmień termin")).click();
        Dialog dialog = find(Dialog.class).single();
        roundTrip();
        test(find(Button.class, dialog).withText("Najbliższy wolny termin").single()).click();
        test(find(Button.class, dialog).withText("Zmień termin").single()).click();

        VisitDetails moved = TestSecurity.as(anna, () -> visits.myVisitByNumber(annasNumber));
        assertThat(moved.startsAt()).isNotEqualTo(at(9, 0));
        assertThat(moved.history()).extracting(entry -> entry.by()).containsExactly(Actor.RESIDENT, Actor.OFFICE);
        assertThat(view.feedback.getText()).contains(annasNumber, "zmieniony");

        test(view.period).selectItem("Tydzień");
        int row = rowOf(view, annasNumber);
        test(button(view, row, "Podgląd")).click();
        Dialog preview = find(Dialog.class).all().getLast();
        roundTrip();
        assertThat(find(ListItem.class, preview).all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(text -> text.startsWith("Zmieniono termin"));
    }

    @Test
    void a_clerk_cancels_on_the_residents_behalf_and_the_resident_sees_who_and_why() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);

        test(button(view, 0, "Odwołaj wizytę")).click();
        CancelOnBehalfDialog dialog = find(CancelOnBehalfDialog.class).single();
        roundTrip();
        test(find(Button.class, dialog).withText("Odwołaj wizytę").single()).click();
        assertThat(dialog.error.getText()).isNotBlank();
        test(dialog.reason).setValue("Awaria systemu w wydziale");
        test(find(Button.class, dialog).withText("Odwołaj wizytę").single()).click();

        VisitDetails seenByAnna = TestSecurity.as(anna, () -> visits.myVisitByNumber(annasNumber));
        assertThat(seenByAnna.state()).isEqualTo(VisitState.CANCELLED);
        assertThat(seenByAnna.cancelledBy()).isEqualTo(Actor.OFFICE);
        assertThat(seenByAnna.cancelReason()).isEqualTo("Awaria systemu w wydziale");
        assertThat(test(view.agenda).size()).as("cancelled visits are shown apart").isEqualTo(1);
        assertThat(view.feedback.getText()).contains(annasNumber);
    }

    @Test
    void search_by_number_shows_the_visit_with_its_date_and_going_back_restores_the_agenda() {
        ClerkDeskView view = openDeskOn(WEDNESDAY.plusDays(1));
        assertThat(test(view.agenda).size()).isZero();
        test(view.search).click();
        assertThat(view.feedback.getText()).startsWith("Wpisz numer wizyty");

        test(view.searchText).setValue(" " + jansNumber.toLowerCase() + " ");
        test(view.search).click();
        assertThat(test(view.agenda).size()).isEqualTo(1);
        assertThat(test(view.agenda).getCellText(0, TIME)).isEqualTo("09.12.2026 10:00");
        assertThat(test(view.agenda).getCellText(0, NUMBER)).isEqualTo(jansNumber);
        assertThat(view.count.getText()).contains(": 1");

        test(view.endSearch).click();
        assertThat(test(view.agenda).size()).isZero();
        assertThat(view.endSearch.isVisible()).isFalse();
    }

    @Test
    void a_clerk_books_for_a_phone_caller_and_the_new_record_shows_the_visit() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        test(view.bookForResident).click();
        BookOnBehalfDialog dialog = find(BookOnBehalfDialog.class).single();
        roundTrip();
        String surname = "Telefoniczna" + System.nanoTime();
        test(dialog.find).setValue(surname);
        test(dialog.search).click();
        assertThat(dialog.found.getElement().getTextRecursively()).startsWith("Nie znaleziono mieszkańca");

        test(dialog.firstName).setValue("Irena");
        test(dialog.lastName).setValue(surname);
        test(dialog.record).click();
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.phone.getErrorMessage()).isEqualTo("Podaj telefon lub adres e-mail mieszkańca.");
        assertThat(dialog.form).isNull();
        test(dialog.phone).setValue("+48 601 222 333");
        test(dialog.record).click();
        assertThat(dialog.form).isNotNull();

        test(find(Button.class, dialog.form).withText("Najbliższy wolny termin").single()).click();
        test(find(Button.class, dialog.form).withText("Umów wizytę").single()).click();

        assertThat(find(BookOnBehalfDialog.class).exists()).isFalse();
        assertThat(test(view.agenda).size()).isEqualTo(1);
        assertThat(test(view.agenda).getCellText(0, RESIDENT)).isEqualTo("Irena " + surname);
        assertThat(test(view.agenda).getCellText(0, PHONE)).isEqualTo("+48 601 222 333");
        assertThat(view.count.getText()).isEqualTo("Wizyty mieszkańca Irena " + surname + ": 1");
        assertThat(view.feedback.getText()).contains(test(view.agenda).getCellText(0, NUMBER), surname);
    }

    @Test
    void drukuj_opens_the_days_list_with_a_section_per_desk() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        assertThat(view.print.getHref()).isEqualTo("biurko/druk?wydzial=" + office.officeId() + "&dzien=2026-12-09");

        PrintAgendaView print = open(view.print.getHref());
        List<com.vaadin.flow.component.html.Div> desks = find(com.vaadin.flow.component.html.Div.class, print)
                .withClassName("desk-print-desk").all();
        assertThat(desks).hasSize(1);
        String text = desks.getFirst().getElement().getTextRecursively();
        assertThat(text).contains("Stanowisko 1", annasNumber, jansNumber, "Dostępność: Wózek inwalidzki");
        assertThat(text.indexOf(annasNumber)).isLessThan(text.indexOf(jansNumber));

        PrintAgendaView unreadable = open("biurko/druk?wydzial=x&dzien=jutro");
        assertThat(unreadable.problem.getText()).startsWith("Nie można odczytać");
        assertThat(find(com.vaadin.flow.component.html.Div.class, unreadable).withClassName("desk-print-desk")
                .exists()).isFalse();
    }

    @Test
    void a_booking_made_elsewhere_shows_at_the_next_poll_without_a_reload() {
        ClerkDeskView view = openDeskOn(WEDNESDAY);
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        assertThat(ui.getPollInterval()).isEqualTo(30_000);
        assertThat(test(view.agenda).size()).isEqualTo(2);

        TestSecurity.as(residents.create("elsewhere"), () -> booking.book(request(at(11, 0), null, null)));
        assertThat(view.count.getText()).as("not before the poll").isEqualTo("Wizyty w tym dniu: 2");
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));

        assertThat(test(view.agenda).size()).isEqualTo(3);
        assertThat(view.count.getText()).isEqualTo("Wizyty w tym dniu: 3");
    }

    @Test
    void a_clerk_lands_on_the_desk_with_their_office_and_today() {
        clock.set(LocalDateTime.of(2026, 12, 9, 8, 0));
        TestSecurity.signIn(residents.clerk("landing", office.officeId()));
        ClerkDeskView view = navigate(Routes.HOME, ClerkDeskView.class);
        assertThat(view.office.getValue().id()).isEqualTo(office.officeId());
        assertThat(view.office.getListDataView().getItems().toList()).hasSize(1);
        assertThat(view.day.getValue()).isEqualTo(WEDNESDAY);
        assertThat(test(view.agenda).size()).isEqualTo(2);
    }

    @Test
    void a_resident_cannot_open_the_desk() {
        signInAsNewResident();
        assertThatThrownBy(() -> navigate(ClerkDeskView.class)).hasMessageContaining(AccessDeniedView.class.getName());
    }

    private ClerkDeskView openDeskOn(LocalDate day) {
        signInAsNewAdmin();
        ClerkDeskView view = navigate(ClerkDeskView.class);
        view.office.getListDataView().getItems().filter(o -> o.id() == office.officeId()).findFirst()
                .ifPresent(view.office::setValue);
        view.day.setValue(day);
        return view;
    }

    /** Browserless navigation takes no query, so the print view is opened the way its link opens it. */
    private PrintAgendaView open(String location) {
        String[] parts = location.split("\\?", 2);
        assertThat(parts[0]).isEqualTo(PrintAgendaView.ROUTE);
        com.vaadin.flow.component.UI.getCurrent().navigate(PrintAgendaView.class,
                com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
        return (PrintAgendaView) getCurrentView();
    }

    /** What the grid reports when the keyboard focus (or a click) lands on a row's cell. */
    private void focusRow(ClerkDeskView view, int row) {
        String key = view.agenda.getDataCommunicator().getKeyMapper().key(test(view.agenda).getRow(row));
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.agenda,
                new com.vaadin.flow.component.grid.CellFocusEvent<>(view.agenda, true, key, null, "body"));
    }

    private int rowOf(ClerkDeskView view, String number) {
        for (int row = 0; row < test(view.agenda).size(); row++) {
            if (test(view.agenda).getCellText(row, NUMBER).equals(number)) {
                return row;
            }
        }
        throw new AssertionError("No row " + number);
    }

    private List<String> buttonTexts(ClerkDeskView view, int row) {
        Component cell = test(view.agenda).getCellComponent(row, ACTIONS);
        return find(Button.class, cell).all().stream().map(Button::getText).toList();
    }

    private Button button(ClerkDeskView view, int row, String text) {
        Component cell = test(view.agenda).getCellComponent(row, ACTIONS);
        return find(Button.class, cell).withText(text).single();
    }

    private VisitState visitState(SignedInUser who, String number) {
        return TestSecurity.as(who, () -> visits.myVisitByNumber(number)).state();
    }

    private BookingRequest request(Instant start, String phone, String needs) {
        return new BookingRequest(office.matterId(), office.officeId(), start, "a@example.pl", phone, null, needs);
    }

    private static Instant at(int hour, int minute) {
        return WEDNESDAY.atTime(hour, minute).atZone(TimeConfiguration.ZONE).toInstant();
    }
}
