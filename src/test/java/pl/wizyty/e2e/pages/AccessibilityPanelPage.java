package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Page;

/**
 * The "Ułatwienia dostępu" button and its panel, used with the keyboard only: every method presses keys and reads
 * what has the focus, never clicks.
 */
public class AccessibilityPanelPage {

    private static final int MAX_TABS = 40;
    private static final String FOCUSED = """
            () => {
              const a = document.activeElement;
              if (!a) return '';
              const host = a.closest('vaadin-checkbox, vaadin-radio-button, vaadin-button, a') || a;
              return host.tagName.toLowerCase() + '|' + (host.className || '') + '|' + host.textContent.trim();
            }""";

    private final Page page;

    public AccessibilityPanelPage(Page page) {
        this.page = page;
    }

    /** What has the keyboard focus: "tag|classes|text" of the focused control. */
    public String focused() {
        return (String) page.evaluate(FOCUSED);
    }

    /** Presses Tab (or Shift+Tab) until the focused control's description contains the text. */
    public void tabTo(String text, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
            if (focused().contains(text)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached '" + text + "'; focus is on " + focused());
    }

    public void tabTo(String text) {
        tabTo(text, false);
    }

    public boolean focusIsInsidePanel() {
        return (Boolean) page.evaluate(
                "() => !!(document.activeElement && document.activeElement.closest('vaadin-dialog, vaadin-dialog-overlay'))");
    }

    /** Vaadin marks a control focused from the keyboard with {@code focus-ring}; its style shows the ring. */
    public boolean focusedControlShowsFocusRing() {
        return (Boolean) page.evaluate("""
                () => {
                  const a = document.activeElement;
                  const host = a && a.closest('vaadin-checkbox, vaadin-radio-button, vaadin-button');
                  if (host) return host.hasAttribute('focus-ring');
                  const style = a && getComputedStyle(a);
                  return !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                }""");
    }

    public void press(String key) {
        page.keyboard().press(key);
    }

    /** Vaadin's dialog element itself has no box (its overlay has), so this waits for it to finish opening. */
    public void waitUntilOpen() {
        page.waitForFunction("() => { const d = document.querySelector('vaadin-dialog[opened]');"
                + " return !!d && !d.hasAttribute('opening'); }");
    }

    public void waitUntilClosed() {
        page.waitForFunction("() => !document.querySelector('vaadin-dialog[opened]')");
    }

    public String rootClasses() {
        return (String) page.evaluate("() => document.documentElement.className");
    }

    public void waitForRootClass(String name, boolean present) {
        page.waitForFunction("([name, present]) => document.documentElement.classList.contains(name) === present",
                java.util.List.of(name, present));
    }
}
