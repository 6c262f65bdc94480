package pl.wizyty.accessibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import pl.wizyty.accessibility.AccessibilityPreferences;
import pl.wizyty.accessibility.TextSize;

/**
 * The accessibility panel: text size and five switches, each applied as soon as it changes (no "save" step to
 * forget), and "Przywróć domyślne". A modal dialog, so focus stays inside and returns to the button on close.
 */
class AccessibilityPanel extends Dialog {

    private final SerializableConsumer<AccessibilityPreferences> onChange;
    private final RadioButtonGroup<TextSize> textSize = new RadioButtonGroup<>();
    private final Checkbox highContrast = new Checkbox();
    private final Checkbox underlinedLinks = new Checkbox();
    private final Checkbox moreSpacing = new Checkbox();
    private final Checkbox reducedMotion = new Checkbox();
    private final Checkbox readableFont = new Checkbox();
    private boolean resetting;

    AccessibilityPanel(AccessibilityPreferences current, SerializableConsumer<AccessibilityPreferences> onChange) {
        this.onChange = onChange;
        addClassName("a11y-panel");
        setHeaderTitle(getTranslation("a11y.panel.title"));

        textSize.setLabel(getTranslation("a11y.textSize"));
        textSize.setItems(TextSize.values());
        textSize.setItemLabelGenerator(size -> getTranslation("a11y.textSize.option", size.percent()));
        textSize.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        textSize.addClassName("a11y-text-size");

        label(highContrast, "a11y.highContrast");
        label(underlinedLinks, "a11y.underlinedLinks");
        label(moreSpacing, "a11y.moreSpacing");
        label(reducedMotion, "a11y.reducedMotion");
        label(readableFont, "a11y.readableFont");

        show(current);
        textSize.addValueChangeListener(event -> changed());
        for (Checkbox option : options()) {
            option.addValueChangeListener(event -> changed());
        }

        Div content = new Div(new Paragraph(getTranslation("a11y.panel.intro")), textSize);
        options().forEach(content::add);
        content.addClassName("a11y-panel-content");
        add(content);

        Button reset = new Button(getTranslation("a11y.reset"), click -> reset());
        reset.addClassName("a11y-reset");
        Button close = new Button(getTranslation("a11y.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("a11y-close");
        getFooter().add(reset, close);
    }

    private void label(Checkbox option, String key) {
        option.setLabel(getTranslation(key));
        option.addClassName("a11y-option");
    }

    private List<Checkbox> options() {
        return List.of(highContrast, underlinedLinks, moreSpacing, reducedMotion, readableFont);
    }

    private void show(AccessibilityPreferences preferences) {
        textSize.setValue(preferences.textSize());
        highContrast.setValue(preferences.highContrast());
        underlinedLinks.setValue(preferences.underlinedLinks());
        moreSpacing.setValue(preferences.moreSpacing());
        reducedMotion.setValue(preferences.reducedMotion());
        readableFont.setValue(preferences.readableFont());
    }

    private void reset() {
        resetting = true;
        try {
            show(AccessibilityPreferences.DEFAULTS);
        } finally {
            resetting = false;
        }
        onChange.accept(AccessibilityPreferences.DEFAULTS);
    }

    private void changed() {
        if (resetting) {
            return;
        }
        TextSize size = textSize.getValue() == null ? TextSize.NORMAL : textSize.getValue();
        onChange.accept(new AccessibilityPreferences(size, highContrast.getValue(), underlinedLinks.getValue(),
                moreSpacing.getValue(), reducedMotion.getValue(), readableFont.getValue()));
    }
}
