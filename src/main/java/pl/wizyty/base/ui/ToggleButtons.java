package pl.wizyty.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Choice buttons (a day, a time, a filter) whose chosen state is told by aria-pressed, not by colour alone. */
public final class ToggleButtons {

    private ToggleButtons() {
    }

    public static Button choice(String text, boolean pressed) {
        Button button = new Button(text);
        button.addClassName("booking-choice");
        setPressed(button, pressed);
        return button;
    }

    public static void setPressed(Button button, boolean pressed) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
