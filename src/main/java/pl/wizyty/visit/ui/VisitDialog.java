package pl.wizyty.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The frame of Moje wizyty's dialogs: a title that names the dialog, a close button with a spoken name, and a
 * place for refusals that screen readers announce at once. Vaadin's dialog keeps the focus inside while open and
 * gives it back to the opening button when closed.
 */
abstract class VisitDialog extends Dialog {

    final Button closeButton = new Button(VaadinIcon.CLOSE.create());
    final Paragraph error = new Paragraph();

    VisitDialog() {
        // Its width is in styles.css: a sheet over the whole screen when the screen is narrow for the text size.
        addClassName("visit-dialog");
        closeButton.setAriaLabel(getTranslation("myVisits.close"));
        closeButton.setTooltipText(getTranslation("myVisits.close"));
        closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        closeButton.addClickListener(click -> close());
        getHeader().add(closeButton);
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
    }

    void showError(String message) {
        error.setText(message);
    }

    void clearError() {
        error.setText("");
    }
}
