package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/**
 * The form dialog of an admin screen ("Nowy wydział", "Edytuj sprawę", "Edytuj konto: ..."): fields by their labels,
 * "Zapisz" that either closes the dialog or shows why it was refused.
 */
public class AdminDialog {

    /** Closed, or open with a refusal to read: the form's error line or a field's error message. */
    private static final String SAVED_OR_REFUSED = """
            () => { const d = document.querySelector('vaadin-dialog[opened]');
              if (!d) return true;
              return [...d.querySelectorAll('p.error-text, [slot=error-message]')]
                .some(e => e.textContent.trim() !== ''); }""";

    private final AppPage screen;
    private final Page page;
    private final Locator dialog;

    AdminDialog(AppPage screen, Page page) {
        this.screen = screen;
        this.page = page;
        this.dialog = page.getByRole(AriaRole.DIALOG);
        page.waitForFunction("() => { const d = document.querySelector('vaadin-dialog[opened]');"
                + " return !!d && !d.hasAttribute('opening'); }");
        screen.waitForVaadin();
    }

    public String heading() {
        return dialog.getByRole(AriaRole.HEADING).first().innerText().strip();
    }

    public String text() {
        return dialog.innerText();
    }

    public AdminDialog fill(String label, String value) {
        dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).fill(value);
        return this;
    }

    /** A Vaadin select in the dialog: opens it by its label and picks the option. */
    public AdminDialog choose(String label, String option) {
        screen.choose(dialog, label, option);
        return this;
    }

    public AdminDialog check(String label, boolean checked) {
        dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(label).setExact(true))
                .setChecked(checked);
        screen.waitForVaadin();
        return this;
    }

    /** "Zapisz", and the dialog closes; fails at once with the refusal when it stays open. */
    public void save() {
        String heading = heading();
        clickSave();
        if (isOpen()) {
            throw new AssertionError("\"Zapisz\" in \"" + heading + "\" was refused: " + refusal());
        }
        page.waitForFunction("() => !document.querySelector('vaadin-dialog[opened], vaadin-dialog[closing]')");
        screen.waitForVaadin();
    }

    /** "Zapisz" when the form should be refused: the dialog stays open and says why. */
    public List<String> saveRefused() {
        clickSave();
        if (!isOpen()) {
            throw new AssertionError("\"Zapisz\" saved the form; a refusal was expected");
        }
        return refusal();
    }

    private void clickSave() {
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zapisz").setExact(true)).click();
        page.waitForFunction(SAVED_OR_REFUSED);
        screen.waitForVaadin();
    }

    private boolean isOpen() {
        return (Boolean) page.evaluate("() => !!document.querySelector('vaadin-dialog[opened]')");
    }

    private List<String> refusal() {
        return AppPage.texts(dialog.locator("p.error-text, [slot=error-message]"));
    }
}
