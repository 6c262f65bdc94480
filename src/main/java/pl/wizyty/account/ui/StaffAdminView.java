package pl.wizyty.account.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import pl.wizyty.account.AccountService;
import pl.wizyty.account.NewAccount;
import pl.wizyty.account.PasswordResetService;
import pl.wizyty.account.StaffMember;
import pl.wizyty.account.StaffService;
import pl.wizyty.account.UserAccount;
import pl.wizyty.base.Routes;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.security.Roles;

/** "Pracownicy": an admin creates clerks' and admins' accounts and sees who has one. */
@Route(value = Routes.ADMIN_STAFF, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class StaffAdminView extends Div implements TitledPage {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final PasswordField password = new PasswordField();
    final RadioButtonGroup<String> role = new RadioButtonGroup<>();
    final Button create = new Button();
    final Grid<StaffMember> staff = new Grid<>();
    private final Paragraph formError = new Paragraph();
    final TextField search = new TextField();
    private final AccountService accountService;
    private final StaffService staffService;
    private final PasswordResetService resets;
    private final List<OfficeInfo> offices;

    StaffAdminView(AccountService accountService, StaffService staffService, PasswordResetService resets,
            ScheduleService schedule) {
        this.accountService = accountService;
        this.resets = resets;
        this.staffService = staffService;
        this.offices = schedule.allOffices();
        addClassNames("page", "staff-admin-view");
        label(firstName, "registration.firstName", UserAccount.NAME_MAX);
        label(lastName, "registration.lastName", UserAccount.NAME_MAX);
        email.setLabel(getTranslation("registration.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.OFF);
        label(phone, "registration.phone", UserAccount.PHONE_MAX);
        phone.setRequiredIndicatorVisible(false);
        password.setLabel(getTranslation("admin.staff.initialPassword"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("registration.password.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        role.setLabel(getTranslation("admin.staff.role"));
        role.setItems(Roles.CLERK, Roles.ADMIN);
        role.setItemLabelGenerator(this::roleName);
        role.setValue(Roles.CLERK);
        role.setRequiredIndicatorVisible(true);

        create.setText(getTranslation("admin.staff.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createStaff());
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");

        FormLayout form = new FormLayout(firstName, lastName, email, phone, password, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        Map<Long, String> officeNames = offices.stream().collect(Collectors.toMap(OfficeInfo::id, OfficeInfo::name));
        staff.addColumn(StaffMember::fullName).setHeader(getTranslation("admin.staff.column.name")).setFlexGrow(2);
        staff.addColumn(StaffMember::email).setHeader(getTranslation("admin.staff.column.email")).setFlexGrow(2);
        staff.addColumn(member -> roleName(member.role())).setHeader(getTranslation("admin.staff.column.role"))
                .setAutoWidth(true);
        staff.addColumn(member -> member.officeIds().stream().map(officeNames::get).filter(Objects::nonNull)
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("admin.staff.column.offices"))
                .setFlexGrow(2);
        staff.addColumn(member -> getTranslation(member.enabled() ? "admin.staff.enabled" : "admin.staff.disabled"))
                .setHeader(getTranslation("admin.status")).setAutoWidth(true);
        staff.addComponentColumn(this::actions).setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        staff.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        staff.setItems(query -> staffService.staff(search.getValue(), toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(staffService.countStaff(search.getValue())));
        staff.setAriaLabel(getTranslation("admin.staff.list"));
        search.setLabel(getTranslation("admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> staff.getDataProvider().refreshAll());

        add(new Paragraph(new Anchor(Routes.ADMIN, getTranslation("admin.backToHub"))),
                new H1(getTranslation("admin.staff.heading")), new H2(getTranslation("admin.staff.form.heading")),
                formError, form, create, new H2(getTranslation("admin.staff.list")), search, staff);
    }

    /** "Odblokuj" for an account locked after failed sign-ins; nothing for the others. */
    private Component unlockButton(StaffMember member) {
        if (!member.locked()) {
            return new Span();
        }
        Button unlock = new Button(getTranslation("admin.staff.unlock"), click -> {
            accountService.unlock(member.id());
            Notifications.success(getTranslation("admin.staff.unlocked", member.fullName()));
            staff.getDataProvider().refreshAll();
        });
        unlock.addClassName("staff-unlock");
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
        unlock.setAriaLabel(getTranslation("admin.staff.unlock.label", member.fullName()));
        return unlock;
    }

    private void label(TextField field, String key, int maxLength) {
        field.setLabel(getTranslation(key));
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(maxLength);
    }

    private String roleName(String roleName) {
        return getTranslation("admin.staff.role." + roleName);
    }

    private void createStaff() {
        clearErrors();
        NewAccount form = new NewAccount();
        form.setFirstName(firstName.getValue());
        form.setLastName(lastName.getValue());
        form.setEmail(email.getValue());
        form.setPhone(phone.getValue());
        form.setPassword(password.getValue());
        try {
            accountService.createStaff(form, role.getValue());
            Notifications.success(getTranslation("admin.staff.created", form.getEmail().strip()));
            for (TextField field : new TextField[] {firstName, lastName, phone}) {
                field.clear();
            }
            email.clear();
            password.clear();
            staff.getDataProvider().refreshAll();
        } catch (RuleViolation violation) {
            FieldErrors.show(violation, Map.of("firstName", firstName, "lastName", lastName, "email", email,
                    "phone", phone, "password", password, "role", role), this, formError::setText);
        }
    }

    private Div actions(StaffMember member) {
        Button edit = new Button(getTranslation("admin.edit"),
                click -> new StaffDialog(staffService.member(member.id()), offices, staffService,
                        () -> staff.getDataProvider().refreshAll()).open());
        edit.setAriaLabel(getTranslation("admin.edit.named", member.fullName()));
        Button toggle = new Button(getTranslation(member.enabled() ? "admin.staff.disable" : "admin.staff.enable"),
                click -> act(() -> staffService.setEnabled(member.id(), !member.enabled()),
                        member.enabled() ? "admin.staff.disabledDone" : "admin.staff.enabledDone", member));
        toggle.setAriaLabel(getTranslation(member.enabled() ? "admin.staff.disable" : "admin.staff.enable") + ": "
                + member.fullName());
        Button password = new Button(getTranslation("admin.staff.resetPassword"), click -> resetPassword(member));
        password.setAriaLabel(getTranslation("admin.staff.resetPassword") + ": " + member.fullName());
        Div buttons = new Div(edit, toggle, password, unlockButton(member));
        buttons.addClassName("admin-row-actions");
        for (Button button : List.of(edit, toggle, password)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return buttons;
    }

    private void act(Runnable action, String doneKey, StaffMember member) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey, member.fullName()));
            staff.getDataProvider().refreshAll();
        } catch (RuleViolation refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    /**
     * The staff member gets the same one-time link as "Nie pamiętasz hasła?", at their own address: nobody but them
     * ever sees a password. Asked first, since the current password stops working at once.
     */
    private void resetPassword(StaffMember member) {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("admin.staff.resetLink.heading", member.fullName()));
        ask.add(new Paragraph(getTranslation("admin.staff.resetLink.text", member.email())));
        Button send = new Button(getTranslation("admin.staff.resetLink.send"), click -> {
            ask.close();
            act(() -> resets.sendLinkToStaff(member.id()), "admin.staff.resetLink.sent", member);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button(getTranslation("admin.cancel"), click -> ask.close()), send);
        ask.open();
    }

    private void clearErrors() {
        formError.setText("");
        FieldErrors.clear(firstName, lastName, email, phone, password, role);
    }

    @Override
    public String titleKey() {
        return "admin.staff.title";
    }
}
