package pl.wizyty.clerk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.security.Roles;
import pl.wizyty.visit.AgendaFilter;
import pl.wizyty.visit.AgendaRow;
import pl.wizyty.visit.DeskService;

/**
 * "Drukuj": the day's active visits of an office, one section per desk, which the print style sheet puts on a page of
 * its own. Opened from the desk as {@code biurko/druk?wydzial=<id>&dzien=<yyyy-mm-dd>}.
 */
@Route(value = PrintAgendaView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
@StyleSheet("desk.css")
class PrintAgendaView extends Div implements TitledPage, BeforeEnterObserver {

    static final String ROUTE = "biurko/druk";
    static final int MAX_ROWS = 2000;

    private final DeskService desk;
    final Div sections = new Div();
    final Paragraph problem = new Paragraph();

    PrintAgendaView(DeskService desk) {
        this.desk = desk;
        addClassNames("page", "desk-view", "desk-print");
        Button print = new Button(getTranslation("desk.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        Div actions = new Div(print);
        actions.addClassName("desk-print-actions");
        problem.addClassName("error-text");
        problem.getElement().setAttribute("role", "alert");
        add(new H1(getTranslation("desk.print.heading")), actions, problem, sections);
    }

    static String address(long officeId, LocalDate day) {
        return ROUTE + "?wydzial=" + officeId + "&dzien=" + day;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> officeId = first(parameters, "wydzial").flatMap(PrintAgendaView::number);
        Optional<LocalDate> day = first(parameters, "dzien").flatMap(PrintAgendaView::date);
        sections.removeAll();
        if (officeId.isEmpty() || day.isEmpty()) {
            problem.setText(getTranslation("desk.print.unreadable"));
            return;
        }
        try {
            show(officeId.get(), day.get());
        } catch (RuleViolation refused) {
            problem.setText(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private void show(long officeId, LocalDate day) {
        String officeName = desk.myOffices().stream().filter(office -> office.id() == officeId).findFirst()
                .map(office -> office.name()).orElseThrow(() -> new RuleViolation("desk.office.notFound"));
        List<AgendaRow> rows = desk.agenda(AgendaFilter.day(officeId, day), PageRequest.of(0, MAX_ROWS));
        Map<String, List<AgendaRow>> byDesk = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing(AgendaRow::deskName).thenComparing(AgendaRow::startsAt))
                .forEach(row -> byDesk.computeIfAbsent(row.deskName(), name -> new java.util.ArrayList<>()).add(row));
        String date = DateTimeTexts.date(day, getLocale());
        if (byDesk.isEmpty()) {
            sections.add(new Paragraph(getTranslation("desk.print.empty", officeName, date)));
        }
        byDesk.forEach((deskName, visits) -> sections.add(section(officeName, date, deskName, visits)));
    }

    private Div section(String officeName, String date, String deskName, List<AgendaRow> visits) {
        Div section = new Div(new H2(getTranslation("desk.print.desk", deskName, officeName, date)));
        section.addClassName("desk-print-desk");
        NativeTable table = new NativeTable();
        table.addClassName("desk-print-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("time", "number", "resident", "phone", "matter", "needs", "state")) {
            head.addHeaderCell().setText(getTranslation("desk.column." + key));
        }
        for (AgendaRow row : visits) {
            NativeTableRow line = table.getBody().addRow();
            line.addDataCell().setText(DateTimeTexts.time(row.startsAt()));
            line.addDataCell().setText(row.bookingNumber());
            line.addDataCell().setText(row.residentName());
            line.addDataCell().setText(text(row.contactPhone()));
            line.addDataCell().setText(row.matterName());
            line.addDataCell().setText(needs(row));
            line.addDataCell().setText(getTranslation(desk.stateOf(row).messageKey()));
        }
        section.add(table);
        return section;
    }

    private String needs(AgendaRow row) {
        StringBuilder text = new StringBuilder();
        if (row.accessibilityNeeds() != null) {
            text.append(getTranslation("desk.needs.accessibility", row.accessibilityNeeds()));
        }
        if (row.note() != null) {
            text.append(text.isEmpty() ? "" : " ").append(getTranslation("desk.needs.note", row.note()));
        }
        return text.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public String titleKey() {
        return "desk.print.title";
    }
}
