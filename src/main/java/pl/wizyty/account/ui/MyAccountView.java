package pl.wizyty.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import pl.wizyty.account.SmsSettings;
import pl.wizyty.account.SmsSettingsService;
import pl.wizyty.account.UserAccount;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.security.Roles;

/**
 * "Moje konto": a resident's own settings. For now the texts (SMS) about their visits: opt in with a Polish mobile
 * number, or out. The service checks the number and acts on the signed-in resident's own account only.
 */
@Route(value = Routes.MY_ACCOUNT, layout = MainLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyAccountView extends Div implements TitledPage {

    final Checkbox smsOptIn = new Checkbox();
    final TextField smsPhone = new TextField();
    final Button smsSave = new Button();
    final Paragraph smsStatus = new Paragraph();
    private final SmsSettingsService smsSettings;

    MyAccountView(SmsSettingsService smsSettings) {
        this.smsSettings = smsSettings;
        addClassNames("page", "page-narrow", "my-account");
        add(new H1(getTranslation("account.page.heading")), smsSection(smsSettings.mySettings()));
    }

    private Section smsSection(SmsSettings current) {
        smsOptIn.setLabel(getTranslation("account.sms.optIn"));
        smsOptIn.setValue(current.optedIn());
        smsPhone.setLabel(getTranslation("account.sms.phone"));
        smsPhone.setHelperText(getTranslation("account.sms.phone.help"));
        smsPhone.setMaxLength(UserAccount.PHONE_MAX);
        smsPhone.getElement().setAttribute("autocomplete", "tel");
        smsPhone.getElement().setAttribute("inputmode", "tel");
        smsPhone.setValue(current.phone() == null ? "" : current.phone());
        smsSave.setText(getTranslation("account.sms.save"));
        smsSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        smsSave.addClickListener(click -> save());
        smsStatus.addClassName("sms-status");
        smsStatus.getElement().setAttribute("role", "status");

        Section section = new Section(new H2(getTranslation("account.sms.heading")),
                new Paragraph(getTranslation("account.sms.intro")));
        section.addClassName("sms-settings");
        if (!current.offered()) {
            Paragraph notOffered = new Paragraph(getTranslation("account.sms.notOffered"));
            notOffered.addClassName("sms-not-offered");
            section.add(notOffered);
        }
        section.add(smsOptIn, smsPhone, smsSave, smsStatus);
        return section;
    }

    private void save() {
        FieldErrors.clear(smsPhone);
        smsStatus.setText("");
        try {
            if (smsOptIn.getValue()) {
                SmsSettings saved = smsSettings.optIn(smsPhone.getValue());
                smsPhone.setValue(saved.phone());
                smsStatus.setText(getTranslation("account.sms.savedOn", saved.phone()));
            } else {
                smsSettings.optOut();
                smsPhone.clear();
                smsStatus.setText(getTranslation("account.sms.savedOff"));
            }
        } catch (RuleViolation violation) {
            FieldErrors.show(violation, Map.of("smsPhone", smsPhone), this, smsStatus::setText);
        }
    }

    @Override
    public String titleKey() {
        return "account.page.title";
    }
}
