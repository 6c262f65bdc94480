package pl.wizyty.admin.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.Desk;
import pl.wizyty.schedule.DeskForm;
import pl.wizyty.schedule.DeskRow;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.security.Roles;

/** "Stanowiska": the desks of each office and the matters each serves; the desks are the office's capacity. */
@Route(value = Routes.ADMIN_DESKS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class DesksView extends Div implements TitledPage {

    final AdminList<DeskRow> list;
    final Select<OfficeInfo> officeFilter = new Select<>();
    private final ScheduleAdminService schedule;

    DesksView(ScheduleAdminService schedule) {
        this.schedule = schedule;
        addClassNames("page", "page-wide", "admin-view");
        List<OfficeInfo> offices = schedule.activeOffices();
        list = new AdminList<>("admin.desks", () -> open(new DeskForm(null, 0,
                officeFilter.getValue() == null ? null : officeFilter.getValue().id(), "", Set.of(), true)));
        list.search.setVisible(false);
        officeFilter.setLabel(getTranslation("admin.desk.office"));
        officeFilter.setItems(offices);
        officeFilter.setItemLabelGenerator(o -> o == null ? getTranslation("admin.allOffices") : o.name());
        officeFilter.setEmptySelectionAllowed(true);
        officeFilter.setEmptySelectionCaption(getTranslation("admin.allOffices"));
        officeFilter.addValueChangeListener(change -> list.refresh());
        list.search.getParent().ifPresent(tools -> ((Div) tools).addComponentAsFirst(officeFilter));
        Grid<DeskRow> grid = list.grid;
        grid.addColumn(DeskRow::name).setHeader(getTranslation("admin.desk.name")).setFlexGrow(2);
        grid.addColumn(DeskRow::officeName).setHeader(getTranslation("admin.desk.office")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.active() ? "admin.active" : "admin.retired"))
                .setHeader(getTranslation("admin.status")).setAutoWidth(true);
        grid.addComponentColumn(row -> list.editButton(row.name(), () -> open(schedule.desk(row.id()))))
                .setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        grid.setItems(query -> schedule.desks(officeId(), toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(schedule.countDesks(officeId())));
        add(list);
    }

    private Long officeId() {
        return officeFilter.getValue() == null ? null : officeFilter.getValue().id();
    }

    void open(DeskForm desk) {
        new Form(desk, schedule.activeOffices()).open();
    }

    @Override
    public String titleKey() {
        return "admin.desks.title";
    }

    /** The desk's form; the matters offered are those of the chosen office. */
    final class Form extends AdminFormDialog {

        final Select<OfficeInfo> office = new Select<>();
        final TextField name = new TextField();
        final CheckboxGroup<MatterInfo> matters = new CheckboxGroup<>();
        final Checkbox active = new Checkbox();
        private final DeskForm edited;

        Form(DeskForm desk, List<OfficeInfo> offices) {
            super(desk.id() == null ? "admin.desks.new" : "admin.desks.edit");
            this.edited = desk;
            office.setLabel(getTranslation("admin.desk.office"));
            office.setItems(offices);
            office.setItemLabelGenerator(OfficeInfo::name);
            office.setRequiredIndicatorVisible(true);
            office.setEnabled(desk.id() == null);
            office.addValueChangeListener(change -> showMatters(Set.of()));
            AdminFields.text(name, "admin.desk.name", Desk.NAME_MAX, true, desk.name());
            matters.setLabel(getTranslation("admin.desk.matters"));
            matters.setItemLabelGenerator(MatterInfo::name);
            active.setLabel(getTranslation("admin.desk.active.label"));
            active.setValue(desk.active());
            offices.stream().filter(o -> desk.officeId() != null && o.id() == desk.officeId()).findFirst()
                    .ifPresent(office::setValue);
            showMatters(desk.matterIds());
            form.add(office, name, matters, active);
            form.setColspan(matters, 2);
        }

        private void showMatters(Set<Long> chosen) {
            List<MatterInfo> offered = office.getValue() == null ? List.of()
                    : schedule.mattersOf(office.getValue().id());
            matters.setItems(offered);
            matters.setValue(offered.stream().filter(m -> chosen.contains(m.id())).collect(Collectors.toSet()));
        }

        @Override
        void saveForm() {
            schedule.saveDesk(new DeskForm(edited.id(), edited.version(),
                    office.getValue() == null ? null : office.getValue().id(), name.getValue(),
                    matters.getValue().stream().map(MatterInfo::id).collect(Collectors.toSet()), active.getValue()));
            Notifications.success(getTranslation("admin.saved", name.getValue().strip()));
            list.refresh();
        }

        @Override
        Map<String, HasValidation> fields() {
            return Map.of("officeId", office, "name", name, "matters", matters);
        }
    }
}
