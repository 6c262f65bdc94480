package pl.wizyty.admin.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.Office;
import pl.wizyty.schedule.OfficeForm;
import pl.wizyty.schedule.OfficeRow;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.security.Roles;

/** "Wydziały": the town hall's offices, with where they are, how to reach them and their slot grid. */
@Route(value = Routes.ADMIN_OFFICES, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class OfficesView extends Div implements TitledPage {

    final AdminList<OfficeRow> list;
    private final ScheduleAdminService schedule;

    OfficesView(ScheduleAdminService schedule) {
        this.schedule = schedule;
        addClassNames("page", "page-wide", "admin-view");
        list = new AdminList<>("admin.offices", this::open);
        Grid<OfficeRow> grid = list.grid;
        grid.addColumn(OfficeRow::name).setHeader(getTranslation("admin.office.name")).setFlexGrow(2);
        grid.addColumn(OfficeRow::room).setHeader(getTranslation("admin.office.room")).setFlexGrow(1);
        grid.addColumn(row -> row.slotMinutes() + " min").setHeader(getTranslation("admin.office.slotMinutes"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.active() ? "admin.active" : "admin.retired"))
                .setHeader(getTranslation("admin.status")).setAutoWidth(true);
        grid.addComponentColumn(row -> list.editButton(row.name(), () -> open(schedule.office(row.id()))))
                .setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        grid.setItems(query -> schedule.offices(list.search.getValue(), toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(schedule.countOffices(list.search.getValue())));
        add(list);
    }

    private void open() {
        open(OfficeForm.empty());
    }

    void open(OfficeForm office) {
        new Form(office).open();
    }

    @Override
    public String titleKey() {
        return "admin.offices.title";
    }

    /** The office's form. */
    final class Form extends AdminFormDialog {

        final TextField name = new TextField();
        final TextField nameEn = new TextField();
        final TextField roomEn = new TextField();
        final TextArea accessibilityInfoEn = new TextArea();
        final TextField address = new TextField();
        final TextField room = new TextField();
        final TextField phone = new TextField();
        final EmailField email = new EmailField();
        final IntegerField slotMinutes = new IntegerField();
        final TextArea accessibilityInfo = new TextArea();
        final Checkbox active = new Checkbox();
        private final OfficeForm edited;

        Form(OfficeForm office) {
            super(office.id() == null ? "admin.offices.new" : "admin.offices.edit");
            this.edited = office;
            AdminFields.text(name, "admin.office.name", Office.NAME_MAX, true, office.name());
            AdminFields.text(address, "admin.office.address", Office.ADDRESS_MAX, true, office.address());
            AdminFields.text(room, "admin.office.room", Office.ROOM_MAX, true, office.room());
            Office.English english = office.english();
            AdminFields.text(nameEn, "admin.office.nameEn", Office.NAME_MAX, false, english.name());
            AdminFields.text(roomEn, "admin.office.roomEn", Office.ROOM_MAX, false, english.room());
            AdminFields.area(accessibilityInfoEn, "admin.office.accessibilityInfoEn", Office.ACCESSIBILITY_MAX,
                    english.accessibilityInfo());
            AdminFields.text(phone, "admin.office.phone", ContactRules.PHONE_MAX, false, office.phone());
            email.setLabel(getTranslation("admin.office.email"));
            email.setMaxLength(ContactRules.EMAIL_MAX);
            email.setValue(office.email() == null ? "" : office.email());
            AdminFields.number(slotMinutes, "admin.office.slotMinutes", Office.SLOT_MIN, Office.SLOT_MAX,
                    office.slotMinutes());
            slotMinutes.setHelperText(getTranslation("admin.office.slotMinutes.helper"));
            AdminFields.area(accessibilityInfo, "admin.office.accessibilityInfo", Office.ACCESSIBILITY_MAX,
                    office.accessibilityInfo());
            active.setLabel(getTranslation("admin.active.label"));
            active.setValue(office.active());
            form.add(name, nameEn, room, roomEn, address, phone, email, slotMinutes, accessibilityInfo,
                    accessibilityInfoEn, active);
            form.setColspan(accessibilityInfo, 2);
            form.setColspan(accessibilityInfoEn, 2);
        }

        @Override
        void saveForm() {
            schedule.saveOffice(new OfficeForm(edited.id(), edited.version(), name.getValue(), address.getValue(),
                    room.getValue(), accessibilityInfo.getValue(), phone.getValue(), email.getValue(),
                    slotMinutes.getValue() == null ? 0 : slotMinutes.getValue(), active.getValue(),
                    new Office.English(nameEn.getValue(), roomEn.getValue(), accessibilityInfoEn.getValue())));
            Notifications.success(getTranslation("admin.saved", name.getValue().strip()));
            list.refresh();
        }

        @Override
        Map<String, HasValidation> fields() {
            return Map.of("name", name, "address", address, "room", room, "phone", phone, "email", email,
                    "slotMinutes", slotMinutes, "accessibilityInfo", accessibilityInfo, "nameEn", nameEn,
                    "roomEn", roomEn, "accessibilityInfoEn", accessibilityInfoEn);
        }
    }
}
