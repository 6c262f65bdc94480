package pl.wizyty.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import pl.wizyty.base.RuleViolation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/**
 * A service's refusal shown next to the field it is about: the field is marked invalid (screen readers read the
 * message with the field) and gets the focus, so a keyboard user lands where the fix is.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /**
     * Shows the refusal next to the field it names, or gives it to {@code elsewhere} (the form's error line) when it
     * names none of these fields.
     */
    public static void show(RuleViolation violation, Map<String, ? extends HasValidation> fieldsByName,
            Component translator, SerializableConsumer<String> elsewhere) {
        String message = translator.getTranslation(violation.messageKey(), violation.args());
        HasValidation field = violation.field() == null ? null : fieldsByName.get(violation.field());
        if (field == null) {
            elsewhere.accept(message);
        } else {
            show(field, message);
        }
    }

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }
}
