package pl.wizyty.base.ui;

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

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }
}
