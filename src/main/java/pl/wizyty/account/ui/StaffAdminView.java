package pl.wizyty.account.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import pl.wizyty.account.AccountProfile;
import pl.wizyty.account.AccountService;
import pl.wizyty.account.NewAccount;
import pl.wizyty.account.UserAccount;
import pl.wizyty.base.Routes;
import java.util.Map;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
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
    final Grid<AccountProfile> staff = new Grid<>();
    private final Paragraph formError = new Paragraph();
    private final AccountService accountService;

    StaffAdminView(AccountService accountService) {
        this.accountService = accountService;
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

        staff.addColumn(AccountProfile::fullName).setHeader(getTranslation("admin.staff.column.name"))
                .setSortProperty("lastName");
        staff.addColumn(AccountProfile::email).setHeader(getTranslation("admin.staff.column.email"))
                .setSortProperty("email");
        staff.addColumn(profile -> roleName(profile.role())).setHeader(getTranslation("admin.staff.column.role"))
                .setSortProperty("role");
        staff.addComponentColumn(this::unlockButton).setHeader(getTranslation("admin.staff.column.lock"));
        staff.setItems(query -> accountService.staff(toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(accountService.staff(PageRequest.of(0, 1)).getTotalElements()));
        staff.setAriaLabel(getTranslation("admin.staff.list"));

        add(new H1(getTranslation("admin.staff.heading")), new H2(getTranslation("admin.staff.form.heading")),
                formError, form, create, new H2(getTranslation("admin.staff.list")), staff);
    }

    /** "Odblokuj" for an account locked after failed sign-ins; nothing for the others. */
    private Component unlockButton(AccountProfile profile) {
        if (!profile.locked()) {
            return new Span();
        }
        Button unlock = new Button(getTranslation("admin.staff.unlock"), click -> {
            accountService.unlock(profile.id());
            Notifications.success(getTranslation("admin.staff.unlocked", profile.fullName()));
            staff.getDataProvider().refreshAll();
        });
        unlock.addClassName("staff-unlock");
        unlock.setAriaLabel(getTranslation("admin.staff.unlock.label", profile.fullName()));
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

    private void clearErrors() {
        formError.setText("");
        FieldErrors.clear(firstName, lastName, email, phone, password, role);
    }

    @Override
    public String titleKey() {
        return "admin.staff.title";
    }
}
