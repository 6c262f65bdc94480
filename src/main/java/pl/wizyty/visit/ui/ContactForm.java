package pl.wizyty.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.Map;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.visit.Visit;

/**
 * Step 4's form: how the office can reach the resident, a note and accessibility needs. The fields are bound to
 * {@link Contact} with a {@link Binder}; the rules are the visit's, so a refusal comes back from the service and is
 * shown next to the field it names.
 */
class ContactForm extends Div {

    /** What the form edits. */
    static final class Contact implements Serializable {
        private String email = "";
        private String phone = "";
        private String note = "";
        private String accessibilityNeeds = "";

        String email() {
            return email;
        }

        String phone() {
            return phone;
        }

        String note() {
            return note;
        }

        String accessibilityNeeds() {
            return accessibilityNeeds;
        }
    }

    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea note = new TextArea();
    final TextArea accessibilityNeeds = new TextArea();
    private final Binder<Contact> binder = new Binder<>();
    private final Contact contact = new Contact();

    ContactForm() {
        addClassName("booking-contact");
        email.setLabel(getTranslation("booking.contact.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(ContactRules.EMAIL_MAX);
        email.getElement().setAttribute("autocomplete", "email");
        phone.setLabel(getTranslation("booking.contact.phone"));
        phone.setMaxLength(ContactRules.PHONE_MAX);
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.setHelperText(getTranslation("booking.contact.helper"));
        longText(note, "booking.note.label", null, Visit.NOTE_MAX);
        longText(accessibilityNeeds, "booking.accessibility.label", "booking.accessibility.helper",
                Visit.ACCESSIBILITY_MAX);
        // The visit's rules decide; the fields' own checks (e.g. maxlength) must not stop a value reaching them.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(email).bind(c -> c.email, (c, value) -> c.email = value);
        binder.forField(phone).bind(c -> c.phone, (c, value) -> c.phone = value);
        binder.forField(note).bind(c -> c.note, (c, value) -> c.note = value);
        binder.forField(accessibilityNeeds).bind(c -> c.accessibilityNeeds, (c, value) -> c.accessibilityNeeds = value);
        binder.setBean(contact);
        add(new H3(getTranslation("booking.contact.heading")), email, phone, note, accessibilityNeeds);
    }

    /** Fills in the account's e-mail and phone, once; what the resident typed afterwards is kept. */
    void prefill(String accountEmail, String accountPhone) {
        if (contact.email.isEmpty() && contact.phone.isEmpty()) {
            email.setValue(accountEmail == null ? "" : accountEmail);
            phone.setValue(accountPhone == null ? "" : accountPhone);
        }
    }

    Contact value() {
        return contact;
    }

    /** Shows the refusal next to its field; a refusal about no field goes to {@code elsewhere}. */
    void show(RuleViolation violation, SerializableConsumer<String> elsewhere) {
        FieldErrors.show(violation, fields(), this, elsewhere);
    }

    void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("contactEmail", email, "contactPhone", phone, "note", note,
                "accessibilityNeeds", accessibilityNeeds);
    }

    private void longText(TextArea area, String labelKey, String helperKey, int max) {
        area.setLabel(getTranslation(labelKey));
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable counter = () -> {
            String count = getTranslation("booking.counter", area.getValue().length(), max);
            area.setHelperText(helperKey == null ? count : getTranslation(helperKey) + " " + count);
        };
        counter.run();
        area.addValueChangeListener(change -> counter.run());
    }
}
