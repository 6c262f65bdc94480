package pl.wizyty.accessibility.ui;

import com.vaadin.flow.component.UI;
import pl.wizyty.accessibility.AccessibilityPreferences;

/**
 * Puts the preferences on the page's root element at once, without a reload. Page loads get the same classes
 * from the server ({@link AccessibilityPageSetup}), so the two never disagree.
 */
final class RootElement {

    private RootElement() {
    }

    static void apply(UI ui, AccessibilityPreferences preferences) {
        ui.getPage().executeJs("""
                const classes = document.documentElement.classList;
                classes.remove(...$0.split(' '));
                if ($1) { classes.add(...$1.split(' ')); }""",
                String.join(" ", AccessibilityPreferences.ROOT_CLASSES),
                String.join(" ", preferences.rootClasses()));
    }
}
