package pl.wizyty.clerk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableFunction;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.visit.AgendaRow;

/** Asks the clerk for the reason; the callback answers with a refusal message, or null when it was cancelled. */
class CancelOnBehalfDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Paragraph error = new Paragraph();

    CancelOnBehalfDialog(AgendaRow row, SerializableFunction<String, String> cancel) {
        setHeaderTitle(getTranslation("desk.cancel.heading"));
        Paragraph what = new Paragraph(row.residentName() + ", " + row.matterName() + ", "
                + DateTimeTexts.time(row.startsAt()) + " (" + row.bookingNumber() + ")");
        reason.setLabel(getTranslation("desk.cancel.reason"));
        reason.setWidthFull();
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        Button confirm = new Button(getTranslation("desk.cancel.confirm"), click -> {
            String refusal = cancel.apply(reason.getValue());
            if (refusal == null) {
                close();
            } else {
                error.setText(refusal);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button back = new Button(getTranslation("desk.cancel.back"), click -> close());
        add(what, reason, error);
        getFooter().add(back, confirm);
    }
}
