package pl.wizyty.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.ui.FieldErrors;

/**
 * The form of an admin list in a dialog: the fields, "Zapisz" and "Anuluj". A refusal from the service is shown next
 * to the field it names, or above the form; the dialog stays open with what was typed.
 */
abstract class AdminFormDialog extends Dialog {

    final FormLayout form = new FormLayout();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();

    AdminFormDialog(String headingKey) {
        setHeaderTitle(getTranslation(headingKey));
        addClassName("admin-dialog");
        setCloseOnOutsideClick(false);
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(error, form);
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> trySave());
        cancel.setText(getTranslation("admin.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    /** Saves through the service; throws its refusal. */
    abstract void saveForm();

    /** The fields by the names the service gives in a refusal. */
    abstract Map<String, HasValidation> fields();

    private void trySave() {
        error.setText("");
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            saveForm();
            close();
        } catch (RuleViolation refused) {
            FieldErrors.show(refused, fields(), this, error::setText);
        }
    }
}
