package pl.wizyty.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.wizyty.account.StaffMember;
import pl.wizyty.account.StaffService;
import pl.wizyty.account.UserAccount;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.security.Roles;

/** Editing a staff member: name, phone, role and, for a clerk, the offices whose visits they see. */
class StaffDialog extends Dialog {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField phone = new TextField();
    final RadioButtonGroup<String> role = new RadioButtonGroup<>();
    final CheckboxGroup<OfficeInfo> offices = new CheckboxGroup<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    StaffDialog(StaffMember member, List<OfficeInfo> allOffices, StaffService staff, SerializableRunnable onSaved) {
        setHeaderTitle(getTranslation("admin.staff.edit", member.email()));
        addClassName("admin-dialog");
        firstName.setLabel(getTranslation("registration.firstName"));
        firstName.setMaxLength(UserAccount.NAME_MAX);
        firstName.setValue(member.firstName());
        lastName.setLabel(getTranslation("registration.lastName"));
        lastName.setMaxLength(UserAccount.NAME_MAX);
        lastName.setValue(member.lastName());
        phone.setLabel(getTranslation("registration.phone"));
        phone.setMaxLength(ContactRules.PHONE_MAX);
        phone.setValue(member.phone() == null ? "" : member.phone());
        role.setLabel(getTranslation("admin.staff.role"));
        role.setItems(Roles.CLERK, Roles.ADMIN);
        role.setItemLabelGenerator(name -> getTranslation("admin.staff.role." + name));
        role.setValue(member.role());
        offices.setLabel(getTranslation("admin.staff.offices"));
        offices.setHelperText(getTranslation("admin.staff.offices.helper"));
        offices.setItems(allOffices);
        offices.setItemLabelGenerator(OfficeInfo::name);
        offices.setValue(allOffices.stream().filter(o -> member.officeIds().contains(o.id()))
                .collect(Collectors.toSet()));
        offices.setEnabled(Roles.CLERK.equals(member.role()));
        role.addValueChangeListener(change -> offices.setEnabled(Roles.CLERK.equals(change.getValue())));
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(firstName, lastName, phone, role, offices);
        form.setColspan(offices, 2);
        add(error, form);
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            error.setText("");
            FieldErrors.clear(firstName, lastName, phone, role);
            try {
                staff.update(new StaffMember(member.id(), member.version(), member.email(), firstName.getValue(),
                        lastName.getValue(), phone.getValue(), role.getValue(), member.enabled(), member.locked(),
                        offices.getValue().stream().map(OfficeInfo::id).collect(Collectors.toSet())));
                Notifications.success(getTranslation("admin.saved", member.email()));
                close();
                onSaved.run();
            } catch (RuleViolation refused) {
                FieldErrors.show(refused, Map.<String, HasValidation>of("firstName", firstName, "lastName", lastName,
                        "phone", phone, "role", role), this, error::setText);
            }
        });
        getFooter().add(new Button(getTranslation("admin.cancel"), click -> close()), save);
    }
}
