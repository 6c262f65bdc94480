package pl.wizyty.accessibility.ui;

import pl.wizyty.base.ui.SessionAttributesOf;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import pl.wizyty.accessibility.AccessibilityPreferences;
import pl.wizyty.accessibility.AccessibilityService;

/** "Ułatwienia dostępu": opens the panel; every change in it is applied to the page and remembered at once. */
class AccessibilityButton extends Button {

    private final AccessibilityService accessibility;

    AccessibilityButton(AccessibilityService accessibility) {
        this.accessibility = accessibility;
        setText(getTranslation("a11y.button"));
        setIcon(VaadinIcon.EYE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("a11y-button");
        getElement().setAttribute("aria-haspopup", "dialog");
        addClickListener(click -> open());
    }

    private void open() {
        UI ui = UI.getCurrent();
        AccessibilityPreferences current =
                accessibility.current(SessionAttributesOf.of(ui.getSession().getSession()));
        new AccessibilityPanel(current, this::change).open();
    }

    private void change(AccessibilityPreferences preferences) {
        UI ui = UI.getCurrent();
        accessibility.remember(SessionAttributesOf.of(ui.getSession().getSession()), preferences);
        RootElement.apply(ui, preferences);
    }
}
