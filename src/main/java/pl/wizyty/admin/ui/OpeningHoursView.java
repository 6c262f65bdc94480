package pl.wizyty.admin.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.schedule.WeekHours;
import pl.wizyty.security.Roles;
import pl.wizyty.visit.AgendaRow;
import pl.wizyty.visit.OfficeVisits;

/**
 * "Godziny otwarcia": an office's hours per weekday as intervals (a break is the gap between two), valid from a date
 * so that next month's hours can be prepared without touching today's bookings. Hours that would leave booked visits
 * outside them are refused, and those visits are listed.
 */
@Route(value = Routes.ADMIN_HOURS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class OpeningHoursView extends Div implements TitledPage {

    final Select<OfficeInfo> office = new Select<>();
    final DatePicker validFrom = new DatePicker();
    final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);
    final Button save = new Button();
    final Paragraph error = new Paragraph();
    final Grid<AgendaRow> stranded = new Grid<>();
    private final ScheduleAdminService schedule;
    private final TownHallSetup setup;
    private final OfficeVisits visits;

    OpeningHoursView(ScheduleAdminService schedule, TownHallSetup setup, OfficeVisits visits, Clock clock) {
        this.schedule = schedule;
        this.setup = setup;
        this.visits = visits;
        addClassNames("page", "page-wide", "admin-view");
        List<OfficeInfo> offices = schedule.activeOffices();
        office.setLabel(getTranslation("admin.hours.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(OfficeInfo::name);
        office.addValueChangeListener(change -> load());
        validFrom.setLabel(getTranslation("admin.hours.validFrom"));
        DatePickers.localize(validFrom, this);
        validFrom.setHelperText(getTranslation("admin.hours.validFrom.helper"));
        validFrom.setValue(LocalDate.now(clock));
        validFrom.addValueChangeListener(change -> load());
        FormLayout week = new FormLayout();
        week.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = new TextField(day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
            field.setHelperText(getTranslation("admin.hours.day.helper"));
            field.setId("hours-" + day.name().toLowerCase(Locale.ROOT));
            days.put(day, field);
            week.add(field);
        }
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        stranded.addColumn(row -> DateTimeTexts.date(row.startsAt(), getLocale()) + ", "
                + DateTimeTexts.time(row.startsAt())).setHeader(getTranslation("admin.visits.when")).setAutoWidth(true);
        stranded.addColumn(AgendaRow::bookingNumber).setHeader(getTranslation("admin.visits.number"))
                .setAutoWidth(true);
        stranded.addColumn(AgendaRow::matterName).setHeader(getTranslation("admin.visits.matter"));
        stranded.addColumn(AgendaRow::residentName).setHeader(getTranslation("admin.visits.resident"));
        stranded.setAriaLabel(getTranslation("admin.hours.stranded"));
        stranded.setVisible(false);
        if (!offices.isEmpty()) {
            office.setValue(offices.getFirst());
        }
        add(new Paragraph(new Anchor(Routes.ADMIN, getTranslation("admin.backToHub"))),
                new H1(getTranslation("admin.hours.heading")), new Paragraph(getTranslation("admin.hours.intro")),
                office, validFrom, week, error, save, stranded);
    }

    private void load() {
        error.setText("");
        stranded.setVisible(false);
        if (office.getValue() == null || validFrom.getValue() == null) {
            return;
        }
        WeekHours inForce = schedule.inForceOn(office.getValue().id(), validFrom.getValue());
        days.forEach((day, field) -> {
            field.setInvalid(false);
            field.setValue(HoursText.format(inForce.on(day)));
        });
    }

    private void save() {
        error.setText("");
        stranded.setVisible(false);
        days.values().forEach(field -> field.setInvalid(false));
        if (office.getValue() == null) {
            FieldErrors.show(office, getTranslation("validation.required"));
            return;
        }
        Map<DayOfWeek, List<WeekHours.Interval>> parsed = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, TextField> day : days.entrySet()) {
            List<WeekHours.Interval> intervals = HoursText.parse(day.getValue().getValue());
            if (intervals == null) {
                FieldErrors.show(day.getValue(), getTranslation("admin.hours.format"));
                return;
            }
            parsed.put(day.getKey(), intervals);
        }
        WeekHours week = new WeekHours(validFrom.getValue(), parsed);
        long officeId = office.getValue().id();
        try {
            setup.saveHours(officeId, week);
            Notifications.success(getTranslation("admin.hours.saved", office.getValue().name()));
        } catch (RuleViolation refused) {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("validFrom", validFrom);
            days.forEach((day, field) -> fields.put(day.name(), field));
            FieldErrors.show(refused, fields, this, error::setText);
            if ("admin.hours.visitsOutside".equals(refused.messageKey())) {
                stranded.setItems(query -> visits.outsideHours(officeId, week, toSpringPageRequest(query)).stream(),
                        query -> Math.toIntExact(visits.countOutsideHours(officeId, week)));
                stranded.setVisible(true);
            }
        }
    }

    @Override
    public String titleKey() {
        return "admin.hours.title";
    }
}
