package pl.wizyty.admin.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pl.wizyty.admin.TownHallSetup;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.DatePickers;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.Closure;
import pl.wizyty.schedule.ClosureForm;
import pl.wizyty.schedule.ClosureRow;
import pl.wizyty.schedule.DeskRow;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.security.Roles;
import pl.wizyty.visit.AgendaRow;
import pl.wizyty.visit.OfficeVisits;

/**
 * "Zamknięcia": close an office (or the whole town hall, or one desk) for a day, several days or part of a day, with a
 * reason. Before saving, the booked visits it hits are counted and listed; "Odwołaj wizyty" cancels them all with that
 * reason. National holidays are shown read-only: offices are closed on them anyway.
 */
@Route(value = Routes.ADMIN_CLOSURES, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class ClosuresView extends Div implements TitledPage {

    final Select<OfficeInfo> office = new Select<>();
    final Select<DeskRow> desk = new Select<>();
    final DatePicker firstDay = new DatePicker();
    final DatePicker lastDay = new DatePicker();
    final TimePicker fromTime = new TimePicker();
    final TimePicker toTime = new TimePicker();
    final TextField reason = new TextField();
    final Button check = new Button();
    final Button cancelVisits = new Button();
    final Paragraph error = new Paragraph();
    final Paragraph hitCount = new Paragraph();
    final Grid<AgendaRow> hit = new Grid<>();
    final Grid<ClosureRow> closures = new Grid<>();
    private final ScheduleAdminService schedule;
    private final TownHallSetup setup;
    private final OfficeVisits visits;

    ClosuresView(ScheduleAdminService schedule, TownHallSetup setup, OfficeVisits visits, Clock clock) {
        this.schedule = schedule;
        this.setup = setup;
        this.visits = visits;
        addClassNames("page", "page-wide", "admin-view");
        LocalDate today = LocalDate.now(clock);
        office.setLabel(getTranslation("admin.closure.office"));
        office.setItems(schedule.activeOffices());
        office.setItemLabelGenerator(o -> o == null ? getTranslation("admin.closure.wholeTownHall") : o.name());
        office.setEmptySelectionAllowed(true);
        office.setEmptySelectionCaption(getTranslation("admin.closure.wholeTownHall"));
        office.addValueChangeListener(change -> {
            desk.setItems(change.getValue() == null ? List.of() : schedule.desksOf(change.getValue().id()));
            desk.setEnabled(change.getValue() != null);
            changed();
        });
        desk.setLabel(getTranslation("admin.closure.desk"));
        desk.setItems(List.of());
        desk.setItemLabelGenerator(d -> d == null ? getTranslation("admin.closure.allDesks") : d.name());
        desk.setEmptySelectionAllowed(true);
        desk.setEmptySelectionCaption(getTranslation("admin.closure.allDesks"));
        desk.setEnabled(false);
        for (DatePicker picker : List.of(firstDay, lastDay)) {
            DatePickers.localize(picker, this);
            picker.setMin(today);
            picker.addValueChangeListener(change -> changed());
        }
        firstDay.setLabel(getTranslation("admin.closure.firstDay"));
        firstDay.setRequiredIndicatorVisible(true);
        lastDay.setLabel(getTranslation("admin.closure.lastDay"));
        lastDay.setHelperText(getTranslation("admin.closure.lastDay.helper"));
        fromTime.setLabel(getTranslation("admin.closure.fromTime"));
        toTime.setLabel(getTranslation("admin.closure.toTime"));
        fromTime.setHelperText(getTranslation("admin.closure.time.helper"));
        AdminFields.text(reason, "admin.closure.reason", Closure.REASON_MAX, true, "");
        reason.setHelperText(getTranslation("admin.closure.reason.helper"));
        FormLayout form = new FormLayout(office, desk, firstDay, lastDay, fromTime, toTime, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(reason, 2);
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        hitCount.getElement().setAttribute("role", "status");
        check.setText(getTranslation("admin.closure.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> checkAndSave());
        cancelVisits.setText(getTranslation("admin.closure.cancelVisits"));
        cancelVisits.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        cancelVisits.addClickListener(click -> closeAndCancel());
        cancelVisits.setVisible(false);
        hit.addColumn(row -> DateTimeTexts.date(row.startsAt(), getLocale()) + ", "
                + DateTimeTexts.time(row.startsAt())).setHeader(getTranslation("admin.visits.when")).setAutoWidth(true);
        hit.addColumn(AgendaRow::bookingNumber).setHeader(getTranslation("admin.visits.number")).setAutoWidth(true);
        hit.addColumn(AgendaRow::matterName).setHeader(getTranslation("admin.visits.matter"));
        hit.addColumn(AgendaRow::residentName).setHeader(getTranslation("admin.visits.resident"));
        hit.setAriaLabel(getTranslation("admin.closure.hitList"));
        hit.setVisible(false);
        closures.addColumn(row -> row.officeName() + (row.deskName() == null ? "" : ", " + row.deskName()))
                .setHeader(getTranslation("admin.closure.office")).setFlexGrow(2);
        closures.addColumn(this::when).setHeader(getTranslation("admin.closure.when")).setFlexGrow(2);
        closures.addColumn(ClosureRow::reason).setHeader(getTranslation("admin.closure.reason")).setFlexGrow(2);
        closures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        closures.setAriaLabel(getTranslation("admin.closure.list"));
        closures.setItems(query -> schedule.closures(toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(schedule.countClosures()));
        add(new Paragraph(new Anchor(Routes.ADMIN, getTranslation("admin.backToHub"))),
                new H1(getTranslation("admin.closures.heading")),
                new Paragraph(getTranslation("admin.closures.intro")), form, error, check, hitCount, hit,
                cancelVisits, new H2(getTranslation("admin.closure.list")), closures,
                new H2(getTranslation("admin.closure.holidays", String.valueOf(today.getYear()))), holidays(today.getYear()));
    }

    private UnorderedList holidays(int year) {
        UnorderedList list = new UnorderedList();
        schedule.holidays(year).forEach(day -> list.add(new ListItem(DateTimeTexts.date(day, getLocale()))));
        return list;
    }

    private String when(ClosureRow row) {
        String days = row.firstDay().equals(row.lastDay()) ? DateTimeTexts.date(row.firstDay(), getLocale())
                : DateTimeTexts.date(row.firstDay(), getLocale()) + " – " + DateTimeTexts.date(row.lastDay(), getLocale());
        return row.fromTime() == null ? days : days + ", " + row.fromTime() + "–" + row.toTime();
    }

    private ClosureForm form() {
        return new ClosureForm(office.getValue() == null ? null : office.getValue().id(),
                desk.getValue() == null ? null : desk.getValue().id(), firstDay.getValue(), lastDay.getValue(),
                fromTime.getValue(), toTime.getValue(), reason.getValue());
    }

    private void changed() {
        cancelVisits.setVisible(false);
        hit.setVisible(false);
        hitCount.setText("");
    }

    /** Saves at once when no booked visit is hit; otherwise lists them and offers "Odwołaj wizyty". */
    private void checkAndSave() {
        clearErrors();
        ClosureForm closure = form();
        try {
            schedule.checkClosure(closure);
            long count = visits.countHitByClosure(closure);
            if (count == 0) {
                setup.close(closure);
                saved(getTranslation("admin.closure.saved"));
                return;
            }
            hitCount.setText(getTranslation("admin.closure.hitCount", count));
            hit.setItems(query -> visits.hitByClosure(closure, toSpringPageRequest(query)).stream(),
                    query -> Math.toIntExact(visits.countHitByClosure(closure)));
            hit.setVisible(true);
            cancelVisits.setVisible(true);
        } catch (RuleViolation refused) {
            showRefusal(refused);
        }
    }

    private void closeAndCancel() {
        clearErrors();
        try {
            int cancelled = setup.closeAndCancel(form());
            saved(getTranslation("admin.closure.cancelled", cancelled));
        } catch (RuleViolation refused) {
            showRefusal(refused);
        }
    }

    private void saved(String message) {
        Notifications.success(message);
        hitCount.setText(message);
        changed();
        hitCount.setText(message);
        closures.getDataProvider().refreshAll();
    }

    private void showRefusal(RuleViolation refused) {
        Map<String, HasValidation> fields = Map.of("firstDay", firstDay, "lastDay", lastDay, "toTime", toTime,
                "reason", reason, "deskId", desk);
        FieldErrors.show(refused, fields, this, error::setText);
    }

    private void clearErrors() {
        error.setText("");
        FieldErrors.clear(firstDay, lastDay, toTime, reason, desk);
    }

    @Override
    public String titleKey() {
        return "admin.closures.title";
    }
}
