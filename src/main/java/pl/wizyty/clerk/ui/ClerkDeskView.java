package pl.wizyty.clerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.visit.AgendaRow;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.VisitStatus;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.security.Roles;

/**
 * The clerk's day: the visits of one office on one day, who needs what, attendance, and cancelling on a
 * resident's behalf. The agenda grid is lazy; a day of a busy office is still one page query.
 */
@Route(value = Routes.CLERK_DESK, layout = MainLayout.class)
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
class ClerkDeskView extends Div implements TitledPage {

    final Select<OfficeInfo> office = new Select<>();
    final DatePicker day = new DatePicker();
    final Grid<AgendaRow> agenda = new Grid<>();
    final Paragraph count = new Paragraph();
    private final DeskService desk;

    ClerkDeskView(DeskService desk, Clock clock) {
        this.desk = desk;
        addClassNames("page", "desk-view");
        List<OfficeInfo> offices = desk.myOffices();
        office.setLabel(getTranslation("desk.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(OfficeInfo::name);
        if (!offices.isEmpty()) {
            office.setValue(offices.getFirst());
        }
        day.setLabel(getTranslation("desk.day"));
        day.setI18n(DateTimeTexts.datePickerI18n(this));
        day.setValue(LocalDate.now(clock));
        Button previous = new Button(getTranslation("desk.previousDay"), click -> day.setValue(day.getValue().minusDays(1)));
        Button today = new Button(getTranslation("desk.today"), click -> day.setValue(LocalDate.now(clock)));
        Button next = new Button(getTranslation("desk.nextDay"), click -> day.setValue(day.getValue().plusDays(1)));
        Div filters = new Div(office, day, previous, today, next);
        filters.addClassName("desk-filters");

        agenda.addColumn(row -> DateTimeTexts.time(row.startsAt())).setHeader(getTranslation("desk.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        agenda.addColumn(AgendaRow::bookingNumber).setHeader(getTranslation("desk.column.number")).setAutoWidth(true)
                .setFlexGrow(0);
        agenda.addColumn(AgendaRow::residentName).setHeader(getTranslation("desk.column.resident")).setAutoWidth(true);
        agenda.addColumn(AgendaRow::matterName).setHeader(getTranslation("desk.column.matter")).setAutoWidth(true);
        agenda.addColumn(row -> getTranslation(desk.stateOf(row).messageKey()))
                .setHeader(getTranslation("desk.column.state")).setAutoWidth(true);
        agenda.addColumn(new ComponentRenderer<>(this::needs)).setHeader(getTranslation("desk.column.needs"));
        agenda.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("desk.column.actions"))
                .setAutoWidth(true);
        agenda.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        agenda.setAllRowsVisible(true);
        agenda.setEmptyStateText(getTranslation("desk.empty"));
        agenda.setAriaLabel(getTranslation("desk.heading"));

        office.addValueChangeListener(change -> refresh());
        day.addValueChangeListener(change -> refresh());
        count.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("desk.heading")), filters, count, agenda);
        refresh();
    }

    private void refresh() {
        OfficeInfo chosen = office.getValue();
        LocalDate chosenDay = day.getValue();
        if (chosen == null || chosenDay == null) {
            agenda.setItems(List.of());
            count.setText("");
            return;
        }
        agenda.setItems(query -> desk.agenda(chosen.id(), chosenDay,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) desk.countAgenda(chosen.id(), chosenDay));
        count.setText(getTranslation("desk.count", desk.countAgenda(chosen.id(), chosenDay)));
    }

    private Component needs(AgendaRow row) {
        Div box = new Div();
        if (row.accessibilityNeeds() != null) {
            Span needs = new Span(getTranslation("desk.needs.accessibility", row.accessibilityNeeds()));
            needs.addClassName("desk-needs");
            box.add(needs);
        }
        if (row.note() != null) {
            box.add(new Span(getTranslation("desk.needs.note", row.note())));
        }
        return box;
    }

    private Component actions(AgendaRow row) {
        Div box = new Div();
        box.addClassName("desk-actions");
        if (row.status() != VisitStatus.BOOKED) {
            return box;
        }
        String when = DateTimeTexts.time(row.startsAt());
        Button present = new Button(getTranslation("desk.present"), click -> attendance(row, true));
        present.setAriaLabel(getTranslation("desk.present.label", row.residentName(), when));
        Button absent = new Button(getTranslation("desk.absent"), click -> attendance(row, false));
        absent.setAriaLabel(getTranslation("desk.absent.label", row.residentName(), when));
        Button cancel = new Button(getTranslation("desk.cancel"), click -> new CancelOnBehalfDialog(row,
                reason -> cancel(row, reason)).open());
        cancel.setAriaLabel(getTranslation("desk.cancel.label", row.residentName(), when));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        box.add(present, absent, cancel);
        return box;
    }

    private void attendance(AgendaRow row, boolean present) {
        try {
            desk.recordAttendance(row.id(), row.version(), present);
            Notifications.success(getTranslation("desk.attendanceSaved",
                    getTranslation(present ? "visit.state.FINISHED" : "visit.state.NO_SHOW")));
        } catch (RuleViolation violation) {
            Notifications.error(getTranslation(violation.messageKey(), violation.args()));
        }
        refresh();
    }

    /** Returns the refusal message, or null when the visit was cancelled. */
    private String cancel(AgendaRow row, String reason) {
        try {
            desk.cancelOnBehalf(row.id(), row.version(), reason);
            Notifications.success(getTranslation("desk.cancelled", row.bookingNumber()));
            refresh();
            return null;
        } catch (RuleViolation violation) {
            return getTranslation(violation.messageKey(), violation.args());
        }
    }

    @Override
    public String titleKey() {
        return "desk.title";
    }
}
