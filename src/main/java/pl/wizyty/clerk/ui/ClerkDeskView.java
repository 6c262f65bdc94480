package pl.wizyty.clerk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import pl.wizyty.account.ResidentCard;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.DatePickers;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.DeskRow;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.Roles;
import pl.wizyty.visit.AgendaFilter;
import pl.wizyty.visit.AgendaRow;
import pl.wizyty.visit.DeskAction;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.VisitState;
import pl.wizyty.visit.ui.OfficeVisitDialogs;

/**
 * The clerk's working day: the visits of one of their offices for a day or a week, per desk and time, with the
 * resident's contact and needs; attendance, "Zmień termin", "Odwołaj wizytę" and "Podgląd" offered only where the
 * service says they apply. The grid is lazy (one page query, no query per row); it reloads every 30 s from the
 * database, so bookings made elsewhere (another instance included) show without a reload. Answers go to one message
 * line above the grid instead of stacking notifications. Alt+O and Alt+N record attendance for the visit whose row has the focus.
 */
@Route(value = Routes.CLERK_DESK, layout = MainLayout.class)
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
@StyleSheet("desk.css")
class ClerkDeskView extends Div implements TitledPage {

    static final int POLL_MILLIS = 30_000;
    private static final String PRESENT_KEYS = "Alt+O";
    private static final String ABSENT_KEYS = "Alt+N";

    final Select<OfficeInfo> office = new Select<>();
    final RadioButtonGroup<AgendaFilter.Period> period = new RadioButtonGroup<>();
    final RadioButtonGroup<AgendaFilter.Shown> shown = new RadioButtonGroup<>();
    final Select<DeskRow> deskChoice = new Select<>();
    final DatePicker day = new DatePicker();
    final Button previous = new Button();
    final Button next = new Button();
    final Grid<AgendaRow> agenda = new Grid<>();
    final Paragraph count = new Paragraph();
    final Paragraph feedback = new Paragraph();
    final TextField searchText = new TextField();
    final Button search = new Button();
    final Button endSearch = new Button();
    final Button bookForResident = new Button();
    final Anchor print = new Anchor();
    final Anchor csv;
    /** The filter the grid shows, for the CSV download (which runs outside the UI's lock). */
    private volatile AgendaFilter shownFilter;
    /** What the grid shows instead of the agenda (a search, a resident's visits); null: the agenda. */
    private Results results;

    private final DeskService desk;
    private final SlotService slots;
    private Registration polling;
    /** The visit whose row has the keyboard focus (or was last clicked): what Alt+O and Alt+N act on. */
    private AgendaRow current;

    ClerkDeskView(DeskService desk, SlotService slots) {
        this.desk = desk;
        this.slots = slots;
        addClassNames("page", "desk-view");
        List<OfficeInfo> offices = desk.myOffices();
        office.setLabel(getTranslation("desk.office"));
        office.addClassName("desk-office");
        office.setItems(offices);
        office.setItemLabelGenerator(OfficeInfo::name);
        deskChoice.setLabel(getTranslation("desk.desk"));
        deskChoice.setEmptySelectionAllowed(true);
        deskChoice.setEmptySelectionCaption(getTranslation("desk.desk.all"));
        deskChoice.setItemLabelGenerator(row -> row == null ? getTranslation("desk.desk.all") : row.name());
        period.setLabel(getTranslation("desk.period"));
        period.setItems(AgendaFilter.Period.values());
        period.setItemLabelGenerator(value -> getTranslation("desk.period." + value.name()));
        period.setValue(AgendaFilter.Period.DAY);
        shown.setLabel(getTranslation("desk.shown"));
        shown.setItems(AgendaFilter.Shown.values());
        shown.setItemLabelGenerator(value -> getTranslation("desk.shown." + value.name()));
        shown.setValue(AgendaFilter.Shown.ACTIVE);
        day.setLabel(getTranslation("desk.day"));
        DatePickers.localize(day, this);
        day.setValue(desk.today());
        previous.addClickListener(click -> day.setValue(day.getValue().minusDays(step())));
        Button today = new Button(getTranslation("desk.today"), click -> day.setValue(desk.today()));
        next.addClickListener(click -> day.setValue(day.getValue().plusDays(step())));
        print.setText(getTranslation("desk.print"));
        print.setTarget("_blank");
        print.addClassName("desk-print-link");
        csv = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, getTranslation("desk.csv"));
        csv.addClassName("desk-csv-link");
        Anchor reports = new Anchor(ReportsView.ROUTE, getTranslation("report.heading"));
        reports.addClassName("desk-reports-link");
        Div filters = new Div(office, day, previous, today, next, period, shown, deskChoice, print, csv, reports);
        filters.addClassName("desk-filters");

        searchText.setLabel(getTranslation("desk.search.label"));
        searchText.setHelperText(getTranslation("desk.search.helper"));
        searchText.addClassName("desk-search-field");
        searchText.setClearButtonVisible(true);
        search.setText(getTranslation("desk.search"));
        search.addClickListener(click -> search());
        search.addClickShortcut(Key.ENTER).listenOn(searchText);
        endSearch.setText(getTranslation("desk.search.end"));
        endSearch.addClickListener(click -> endSearch());
        endSearch.setVisible(false);
        bookForResident.setText(getTranslation("desk.book"));
        bookForResident.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bookForResident.addClickListener(click -> openBooking());
        Div searchBar = new Div(searchText, search, endSearch, bookForResident);
        searchBar.addClassName("desk-search");
        searchBar.getElement().setAttribute("role", "search");

        buildAgenda();
        Paragraph keys = new Paragraph(getTranslation("desk.keys"));
        keys.addClassName("desk-keys");
        feedback.addClassName("desk-feedback");
        count.addClassName("desk-count");
        count.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("desk.heading")), filters, searchBar, keys, feedback, count, agenda);

        Shortcuts.addShortcutListener(this, () -> onCurrent(row -> attendance(row, true)), Key.KEY_O,
                KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> onCurrent(row -> attendance(row, false)), Key.KEY_N,
                KeyModifier.ALT);
        office.addValueChangeListener(change -> officeChanged());
        deskChoice.addValueChangeListener(change -> refresh());
        day.addValueChangeListener(change -> refresh());
        period.addValueChangeListener(change -> refresh());
        shown.addValueChangeListener(change -> refresh());
        if (!offices.isEmpty()) {
            office.setValue(offices.getFirst());
        }
        refresh();
    }

    private void buildAgenda() {
        agenda.addClassName("desk-agenda");
        agenda.addColumn(this::when).setHeader(getTranslation("desk.column.time")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(row -> "desk-nowrap");
        agenda.addColumn(AgendaRow::deskName).setHeader(getTranslation("desk.column.desk")).setAutoWidth(true)
                .setFlexGrow(0);
        agenda.addColumn(AgendaRow::bookingNumber).setHeader(getTranslation("desk.column.number")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(row -> "desk-nowrap");
        agenda.addColumn(AgendaRow::residentName).setHeader(getTranslation("desk.column.resident"))
                .setAutoWidth(true);
        agenda.addColumn(AgendaRow::contactPhone).setHeader(getTranslation("desk.column.phone")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(row -> "desk-nowrap");
        agenda.addColumn(AgendaRow::contactEmail).setHeader(getTranslation("desk.column.email")).setAutoWidth(true);
        agenda.addColumn(AgendaRow::matterName).setHeader(getTranslation("desk.column.matter")).setAutoWidth(true);
        agenda.addColumn(row -> getTranslation(desk.stateOf(row).messageKey()))
                .setHeader(getTranslation("desk.column.state")).setAutoWidth(true).setFlexGrow(0);
        agenda.addColumn(new ComponentRenderer<>(this::needs)).setHeader(getTranslation("desk.column.needs"))
                .setFlexGrow(2);
        agenda.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("desk.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        agenda.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // No row selection: selecting re-renders the row, and a click on its button could reach a replaced button.
        agenda.setSelectionMode(Grid.SelectionMode.NONE);
        agenda.addCellFocusListener(focus -> focus.getItem().ifPresent(row -> current = row));
        agenda.setEmptyStateText(getTranslation("desk.empty"));
        agenda.setAriaLabel(getTranslation("desk.heading"));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> reload());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    /** The agenda as shown (filters, not a search), read afresh when the clerk clicks "Pobierz CSV". */
    private DownloadHandler csvDownload() {
        List<String> headers = Arrays.stream(AgendaCsv.COLUMN_KEYS).map(key -> getTranslation("desk.csv." + key))
                .toList();
        Map<VisitState, String> states = new EnumMap<>(VisitState.class);
        for (VisitState state : VisitState.values()) {
            states.put(state, getTranslation(state.messageKey()));
        }
        return event -> {
            AgendaFilter chosen = shownFilter;
            List<AgendaRow> rows = chosen == null ? List.of()
                    : desk.agenda(chosen, PageRequest.of(0, PrintAgendaView.MAX_ROWS));
            byte[] file = AgendaCsv.write(headers, rows, row -> states.get(desk.stateOf(row)), getLocale());
            event.setFileName(chosen == null ? "wizyty.csv" : "wizyty-" + chosen.firstDay() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(file.length);
            event.getOutputStream().write(file);
        };
    }

    private int step() {
        return period.getValue() == AgendaFilter.Period.WEEK ? 7 : 1;
    }

    private void officeChanged() {
        OfficeInfo chosen = office.getValue();
        deskChoice.setItems(chosen == null ? List.of() : desk.desksOf(chosen.id()));
        deskChoice.clear();
        refresh();
    }

    private Optional<AgendaFilter> filter() {
        OfficeInfo chosen = office.getValue();
        LocalDate chosenDay = day.getValue();
        if (chosen == null || chosenDay == null) {
            return Optional.empty();
        }
        AgendaFilter.Period chosenPeriod = period.getValue() == null ? AgendaFilter.Period.DAY : period.getValue();
        LocalDate first = chosenPeriod == AgendaFilter.Period.WEEK
                ? chosenDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : chosenDay;
        DeskRow chosenDesk = deskChoice.getValue();
        return Optional.of(new AgendaFilter(chosen.id(), first, chosenPeriod,
                shown.getValue() == null ? AgendaFilter.Shown.ACTIVE : shown.getValue(),
                chosenDesk == null ? null : chosenDesk.id()));
    }

    private void search() {
        String text = searchText.getValue() == null ? "" : searchText.getValue().strip();
        if (text.isEmpty()) {
            showError(getTranslation("desk.search.required"));
            searchText.focus();
            return;
        }
        showResults(new Results(page -> desk.search(text, page), () -> desk.countSearch(text),
                found -> getTranslation("desk.search.count", found, text)));
    }

    /** The resident's record as the desk sees it: their visits at my offices, the one just booked among them. */
    private void showResident(ResidentCard resident) {
        showResults(new Results(page -> desk.visitsOf(resident.id(), page), () -> desk.countVisitsOf(resident.id()),
                found -> getTranslation("desk.resident.visits", resident.fullName(), found)));
    }

    private void showResults(Results shownResults) {
        results = shownResults;
        endSearch.setVisible(true);
        agenda.setItems(query -> shownResults.page().apply(VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) shownResults.count().get().longValue());
        count.setText(shownResults.title().apply(shownResults.count().get()));
    }

    private void endSearch() {
        searchText.clear();
        refresh();
    }

    private void openBooking() {
        OfficeInfo chosen = office.getValue();
        if (chosen == null) {
            showError(getTranslation("desk.office.notFound"));
            return;
        }
        new BookOnBehalfDialog(desk, slots, chosen, (resident, number) -> {
            showDone(getTranslation("desk.book.done", resident.fullName(), number));
            showResident(resident);
        }).open();
    }

    private void refresh() {
        results = null;
        current = null;
        endSearch.setVisible(false);
        boolean week = period.getValue() == AgendaFilter.Period.WEEK;
        previous.setText(getTranslation(week ? "desk.previousWeek" : "desk.previousDay"));
        next.setText(getTranslation(week ? "desk.nextWeek" : "desk.nextDay"));
        Optional<AgendaFilter> filter = filter();
        if (filter.isEmpty()) {
            agenda.setItems(List.of());
            count.setText("");
            return;
        }
        AgendaFilter chosen = filter.get();
        shownFilter = chosen;
        print.setHref(PrintAgendaView.address(chosen.officeId(), chosen.firstDay()));
        agenda.setItems(query -> desk.agenda(chosen, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) desk.countAgenda(chosen));
        showCount(chosen);
    }

    /** The poll: the same filter (or search) read again from the database. */
    private void reload() {
        if (results != null) {
            agenda.getDataProvider().refreshAll();
            count.setText(results.title().apply(results.count().get()));
            return;
        }
        filter().ifPresent(chosen -> {
            agenda.getDataProvider().refreshAll();
            showCount(chosen);
        });
    }

    private void showCount(AgendaFilter chosen) {
        String key = chosen.period() == AgendaFilter.Period.WEEK ? "desk.count.week" : "desk.count";
        count.setText(getTranslation(key, desk.countAgenda(chosen)));
    }

    private String when(AgendaRow row) {
        if (results != null || period.getValue() == AgendaFilter.Period.WEEK) {
            return DateTimeTexts.numericDate(row.startsAt().atZone(TimeConfiguration.ZONE).toLocalDate(), getLocale()) + " "
                    + DateTimeTexts.time(row.startsAt());
        }
        return DateTimeTexts.time(row.startsAt());
    }

    private Component needs(AgendaRow row) {
        Div box = new Div();
        if (row.accessibilityNeeds() != null) {
            Span needs = new Span(getTranslation("desk.needs.accessibility", row.accessibilityNeeds()));
            needs.addClassName("desk-needs");
            box.add(needs);
        }
        if (row.note() != null) {
            Span note = new Span(getTranslation("desk.needs.note", row.note()));
            note.addClassName("desk-note");
            box.add(note);
        }
        return box;
    }

    private Component actions(AgendaRow row) {
        Div box = new Div();
        box.addClassName("desk-actions");
        Set<DeskAction> offered = desk.actionsFor(row);
        String when = DateTimeTexts.time(row.startsAt());
        if (offered.contains(DeskAction.PRESENT)) {
            box.add(withKey(action("desk.present", row, when, click -> attendance(row, true)), PRESENT_KEYS));
        }
        if (offered.contains(DeskAction.ABSENT)) {
            box.add(withKey(action("desk.absent", row, when, click -> attendance(row, false)), ABSENT_KEYS));
        }
        if (offered.contains(DeskAction.RESCHEDULE)) {
            box.add(action("desk.reschedule", row, when, click -> reschedule(row)));
        }
        if (offered.contains(DeskAction.CANCEL)) {
            Button cancel = action("desk.cancel", row, when, click -> new CancelOnBehalfDialog(row,
                    reason -> cancel(row, reason)).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(cancel);
        }
        box.add(action("desk.preview", row, when, click -> preview(row)));
        return box;
    }

    private Button action(String key, AgendaRow row, String when, ComponentEventListener<ClickEvent<Button>> onClick) {
        Button button = new Button(getTranslation(key), onClick);
        button.setAriaLabel(getTranslation(key + ".label", row.residentName(), when));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Shows the key on the button and tells assistive technology about it. */
    private static Button withKey(Button button, String keys) {
        button.setTooltipText(keys);
        button.getElement().setAttribute("aria-keyshortcuts", keys);
        return button;
    }

    private void onCurrent(Consumer<AgendaRow> action) {
        if (current == null) {
            showError(getTranslation("desk.selectFirst"));
        } else {
            action.accept(current);
        }
    }

    private void attendance(AgendaRow row, boolean present) {
        try {
            desk.recordAttendance(row.id(), row.version(), present);
            showDone(getTranslation("desk.attendanceSaved", row.bookingNumber(),
                    getTranslation(present ? "visit.state.FINISHED" : "visit.state.NO_SHOW")));
        } catch (RuleViolation violation) {
            showError(violation);
        }
        reload();
    }

    private void reschedule(AgendaRow row) {
        try {
            OfficeVisitDialogs.reschedule(desk.visit(row.id()), desk, slots, () -> {
                showDone(getTranslation("desk.rescheduled", row.bookingNumber()));
                reload();
            }).open();
        } catch (RuleViolation violation) {
            showError(violation);
        }
    }

    private void preview(AgendaRow row) {
        try {
            OfficeVisitDialogs.preview(desk.visit(row.id())).open();
        } catch (RuleViolation violation) {
            showError(violation);
        }
    }

    /** Returns the refusal message, or null when the visit was cancelled. */
    private String cancel(AgendaRow row, String reason) {
        try {
            desk.cancelOnBehalf(row.id(), row.version(), reason);
            showDone(getTranslation("desk.cancelled", row.bookingNumber()));
            reload();
            return null;
        } catch (RuleViolation violation) {
            return getTranslation(violation.messageKey(), violation.args());
        }
    }

    /** One message at a time, replacing the last one: a clerk reads one answer, not a stack of toasts. */
    private void showDone(String text) {
        feedback.setText(text);
        feedback.getElement().setAttribute("role", "status");
        feedback.setClassName("desk-feedback success-text");
    }

    private void showError(RuleViolation violation) {
        showError(getTranslation(violation.messageKey(), violation.args()));
    }

    private void showError(String text) {
        feedback.setText(text);
        feedback.getElement().setAttribute("role", "alert");
        feedback.setClassName("desk-feedback error-text");
    }

    @Override
    public String titleKey() {
        return "desk.title";
    }

    private record Results(SerializableFunction<Pageable, List<AgendaRow>> page, SerializableSupplier<Long> count,
            SerializableFunction<Long, String> title) implements Serializable {
    }
}
