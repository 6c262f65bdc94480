package pl.wizyty.admin.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.MatterForm;
import pl.wizyty.schedule.MatterRow;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.security.Roles;

/** "Sprawy": what residents can come for, in Polish and English, how long it takes and how it can be booked. */
@Route(value = Routes.ADMIN_MATTERS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class MattersView extends Div implements TitledPage {

    final AdminList<MatterRow> list;
    private final ScheduleAdminService schedule;

    MattersView(ScheduleAdminService schedule) {
        this.schedule = schedule;
        addClassNames("page", "page-wide", "admin-view");
        list = new AdminList<>("admin.matters", () -> open(MatterForm.empty()));
        Grid<MatterRow> grid = list.grid;
        grid.addColumn(MatterRow::name).setHeader(getTranslation("admin.matter.name")).setFlexGrow(3);
        grid.addColumn(MatterRow::officeName).setHeader(getTranslation("admin.matter.office")).setFlexGrow(2);
        grid.addColumn(row -> row.durationMinutes() + " min").setHeader(getTranslation("admin.matter.duration"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.bookableOnline() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.matter.online")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.active() ? "admin.active" : "admin.retired"))
                .setHeader(getTranslation("admin.status")).setAutoWidth(true);
        grid.addComponentColumn(row -> list.editButton(row.name(), () -> open(schedule.matter(row.id()))))
                .setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        grid.setItems(query -> schedule.matters(list.search.getValue(), toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(schedule.countMatters(list.search.getValue())));
        add(list);
    }

    void open(MatterForm matter) {
        new Form(matter, schedule.activeOffices()).open();
    }

    @Override
    public String titleKey() {
        return "admin.matters.title";
    }

    /** The matter's form, Polish texts first, English beside them. */
    final class Form extends AdminFormDialog {

        final Select<OfficeInfo> office = new Select<>();
        final TextField name = new TextField();
        final TextField nameEn = new TextField();
        final TextArea description = new TextArea();
        final TextArea descriptionEn = new TextArea();
        final TextArea whatToBring = new TextArea();
        final TextArea whatToBringEn = new TextArea();
        final TextField keywords = new TextField();
        final IntegerField duration = new IntegerField();
        final IntegerField notice = new IntegerField();
        final IntegerField daysAhead = new IntegerField();
        final Checkbox online = new Checkbox();
        final Checkbox active = new Checkbox();
        private final MatterForm edited;

        Form(MatterForm matter, List<OfficeInfo> offices) {
            super(matter.id() == null ? "admin.matters.new" : "admin.matters.edit");
            this.edited = matter;
            office.setLabel(getTranslation("admin.matter.office"));
            office.setItems(offices);
            office.setItemLabelGenerator(OfficeInfo::name);
            office.setRequiredIndicatorVisible(true);
            offices.stream().filter(o -> matter.officeId() != null && o.id() == matter.officeId()).findFirst()
                    .ifPresent(office::setValue);
            office.setEnabled(matter.id() == null);
            Matter.Wording texts = matter.wording();
            AdminFields.text(name, "admin.matter.name", Matter.NAME_MAX, true, texts.name());
            AdminFields.text(nameEn, "admin.matter.nameEn", Matter.NAME_MAX, false, texts.nameEn());
            AdminFields.area(description, "admin.matter.description", Matter.TEXT_MAX, texts.description());
            AdminFields.area(descriptionEn, "admin.matter.descriptionEn", Matter.TEXT_MAX, texts.descriptionEn());
            AdminFields.area(whatToBring, "admin.matter.whatToBring", Matter.TEXT_MAX, texts.whatToBring());
            whatToBring.setHelperText(getTranslation("admin.matter.whatToBring.helper"));
            AdminFields.area(whatToBringEn, "admin.matter.whatToBringEn", Matter.TEXT_MAX, texts.whatToBringEn());
            AdminFields.text(keywords, "admin.matter.keywords", Matter.KEYWORDS_MAX, false, texts.keywords());
            keywords.setHelperText(getTranslation("admin.matter.keywords.helper"));
            AdminFields.number(duration, "admin.matter.duration", Matter.DURATION_MIN, Matter.DURATION_MAX,
                    matter.durationMinutes());
            AdminFields.number(notice, "admin.matter.notice", 0, Matter.NOTICE_MAX, matter.minNoticeHours());
            AdminFields.number(daysAhead, "admin.matter.daysAhead", 1, Matter.DAYS_AHEAD_MAX,
                    matter.maxDaysAhead());
            online.setLabel(getTranslation("admin.matter.online.label"));
            online.setValue(matter.bookableOnline());
            active.setLabel(getTranslation("admin.active.label"));
            active.setValue(matter.active());
            form.add(office, keywords, name, nameEn, description, descriptionEn, whatToBring, whatToBringEn,
                    duration, notice, daysAhead, online, active);
        }

        @Override
        void saveForm() {
            Matter.Wording texts = new Matter.Wording(name.getValue(), description.getValue(),
                    whatToBring.getValue(), nameEn.getValue(), descriptionEn.getValue(), whatToBringEn.getValue(),
                    keywords.getValue());
            schedule.saveMatter(new MatterForm(edited.id(), edited.version(),
                    office.getValue() == null ? null : office.getValue().id(), texts, value(duration),
                    online.getValue(), value(notice), value(daysAhead), active.getValue()));
            Notifications.success(getTranslation("admin.saved", name.getValue().strip()));
            list.refresh();
        }

        @Override
        Map<String, HasValidation> fields() {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.putAll(Map.of("officeId", office, "name", name, "nameEn", nameEn, "description", description,
                    "descriptionEn", descriptionEn, "whatToBring", whatToBring, "whatToBringEn", whatToBringEn));
            fields.putAll(Map.of("keywords", keywords, "durationMinutes", duration, "minNoticeHours", notice,
                    "maxDaysAhead", daysAhead));
            fields.put("bookableOnline", online);
            return fields;
        }

        private static int value(IntegerField field) {
            return field.getValue() == null ? -1 : field.getValue();
        }
    }
}
