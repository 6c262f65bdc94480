package pl.wizyty.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pl.wizyty.account.MessageChoiceService;
import pl.wizyty.account.MessageChoices;
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
 * "Moje konto": a resident's own settings: which messages about their visits they receive by e-mail and by text
 * (the booking confirmation by e-mail always goes out), and the texts (SMS) themselves: opt in with a Polish mobile
 * number, or out. The services act on the signed-in resident's own account only.
 */
@Route(value = Routes.MY_ACCOUNT, layout = MainLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyAccountView extends Div implements TitledPage {

    final Checkbox smsOptIn = new Checkbox();
    final TextField smsPhone = new TextField();
    final Button smsSave = new Button();
    final Paragraph smsStatus = new Paragraph();
    final CheckboxGroup<Occasion> emailChoices = new CheckboxGroup<>();
    final CheckboxGroup<Occasion> smsChoices = new CheckboxGroup<>();
    final Button choicesSave = new Button();
    final Paragraph choicesStatus = new Paragraph();
    private final SmsSettingsService smsSettings;
    private final MessageChoiceService messageChoices;

    /** The messages about a visit, as the resident chooses them. */
    enum Occasion {
        BOOKED, MOVED, CANCELLED, REMINDER
    }

    MyAccountView(SmsSettingsService smsSettings, MessageChoiceService messageChoices) {
        this.smsSettings = smsSettings;
        this.messageChoices = messageChoices;
        addClassNames("page", "page-narrow", "my-account");
        add(new H1(getTranslation("account.page.heading")), choicesSection(messageChoices.mine()),
                smsSection(smsSettings.mySettings()));
    }

    private Section choicesSection(MessageChoices current) {
        emailChoices.setLabel(getTranslation("account.messages.email"));
        emailChoices.setItems(Occasion.values());
        emailChoices.setItemLabelGenerator(occasion -> getTranslation(occasion == Occasion.BOOKED
                ? "account.messages.bookedAlways" : "account.messages." + occasion.name().toLowerCase(Locale.ROOT)));
        // The confirmation by e-mail is the resident's record of the booking: always sent, shown ticked and fixed.
        emailChoices.setItemEnabledProvider(occasion -> occasion != Occasion.BOOKED);
        emailChoices.setValue(chosen(true, current.emailMoved(), current.emailCancelled(), current.emailReminder()));
        smsChoices.setLabel(getTranslation("account.messages.sms"));
        smsChoices.setHelperText(getTranslation("account.messages.sms.help"));
        smsChoices.setItems(Occasion.values());
        smsChoices.setItemLabelGenerator(
                occasion -> getTranslation("account.messages." + occasion.name().toLowerCase(Locale.ROOT)));
        smsChoices.setValue(chosen(current.smsBooked(), current.smsMoved(), current.smsCancelled(),
                current.smsReminder()));
        choicesSave.setText(getTranslation("account.messages.save"));
        choicesSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choicesSave.addClickListener(click -> saveChoices());
        choicesStatus.getElement().setAttribute("role", "status");
        Section section = new Section(new H2(getTranslation("account.messages.heading")),
                new Paragraph(getTranslation("account.messages.intro")), emailChoices, smsChoices, choicesSave,
                choicesStatus);
        section.addClassName("message-choices");
        return section;
    }

    private static Set<Occasion> chosen(boolean booked, boolean moved, boolean cancelled, boolean reminder) {
        Set<Occasion> chosen = EnumSet.noneOf(Occasion.class);
        if (booked) {
            chosen.add(Occasion.BOOKED);
        }
        if (moved) {
            chosen.add(Occasion.MOVED);
        }
        if (cancelled) {
            chosen.add(Occasion.CANCELLED);
        }
        if (reminder) {
            chosen.add(Occasion.REMINDER);
        }
        return chosen;
    }

    private void saveChoices() {
        Set<Occasion> email = emailChoices.getValue();
        Set<Occasion> sms = smsChoices.getValue();
        messageChoices.chooseMine(new MessageChoices(email.contains(Occasion.MOVED),
                email.contains(Occasion.CANCELLED), email.contains(Occasion.REMINDER), sms.contains(Occasion.BOOKED),
                sms.contains(Occasion.MOVED), sms.contains(Occasion.CANCELLED), sms.contains(Occasion.REMINDER)));
        emailChoices.setValue(withBooked(email));
        choicesStatus.setText(getTranslation("account.messages.saved"));
    }

    private static Set<Occasion> withBooked(Set<Occasion> chosen) {
        Set<Occasion> all = EnumSet.of(Occasion.BOOKED);
        all.addAll(chosen);
        return all;
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
