package pl.wizyty.admin.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Labels, limits and values of the admin forms' fields, the same way in every form. */
final class AdminFields {

    private AdminFields() {
    }

    static void text(TextField field, String labelKey, int max, boolean required, String value) {
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setValue(value == null ? "" : value);
    }

    static void area(TextArea field, String labelKey, int max, String value) {
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(max);
        field.setValue(value == null ? "" : value);
    }

    static void number(IntegerField field, String labelKey, int min, int max, int value) {
        field.setLabel(field.getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setValue(value);
    }
}
