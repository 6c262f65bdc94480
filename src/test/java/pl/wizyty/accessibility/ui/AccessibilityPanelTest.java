package pl.wizyty.accessibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.util.List;
import pl.wizyty.base.ui.SessionAttributesOf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.accessibility.AccessibilityPreferences;
import pl.wizyty.accessibility.AccessibilityService;
import pl.wizyty.accessibility.TextSize;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.home.ui.HomeView;

class AccessibilityPanelTest extends BrowserlessTestBase {

    @Autowired
    AccessibilityService accessibility;

    @Test
    void the_header_of_every_page_offers_the_accessibility_panel() {
        navigate(HomeView.class);
        Button button = find(Button.class, find(MainLayout.class).single()).withText("Ułatwienia dostępu").single();
        assertThat(button.getElement().getAttribute("aria-haspopup")).isEqualTo("dialog");

        test(button).click();
        roundTrip();

        Dialog panel = find(Dialog.class).single();
        assertThat(panel.getHeaderTitle()).isEqualTo("Ułatwienia dostępu");
        assertThat(find(RadioButtonGroup.class, panel).single().getLabel()).isEqualTo("Wielkość tekstu");
        assertThat(find(Checkbox.class, panel).all()).extracting(Checkbox::getLabel).containsExactly(
                "Wysoki kontrast (żółty i biały tekst na czarnym tle)", "Podkreślone linki",
                "Większe odstępy między wierszami, słowami i literami", "Bez animacji i przejść",
                "Prostsza, czytelniejsza czcionka");
    }

    @Test
    void a_change_applies_to_the_page_at_once_and_is_remembered_for_the_session() {
        openPanel();
        pendingScripts();

        test(find(Checkbox.class).withLabel("Wysoki kontrast (żółty i biały tekst na czarnym tle)").single()).click();
        selectTextSize("150 %");

        assertThat(accessibility.current(SessionAttributesOf.of(session())))
                .isEqualTo(AccessibilityPreferences.DEFAULTS.withHighContrast(true).withTextSize(TextSize.LARGER));
        assertThat(pendingScripts()).anySatisfy(parameters ->
                assertThat(parameters).endsWith("a11y-text-150 a11y-contrast"));
    }

    @Test
    void restoring_the_defaults_clears_every_option_at_once() {
        openPanel();
        test(find(Checkbox.class).withLabel("Podkreślone linki").single()).click();
        selectTextSize("200 %");

        test(find(Button.class).withText("Przywróć domyślne").single()).click();

        assertThat(accessibility.current(SessionAttributesOf.of(session()))).isEqualTo(AccessibilityPreferences.DEFAULTS);
        assertThat(find(Checkbox.class).all()).allSatisfy(option -> assertThat(option.getValue()).isFalse());
        assertThat(find(RadioButtonGroup.class).single().getValue()).isEqualTo(TextSize.NORMAL);
    }

    @Test
    void a_signed_in_residents_choice_is_kept_with_the_account() {
        signInAsNewResident();
        openPanel();

        test(find(Checkbox.class).withLabel("Prostsza, czytelniejsza czcionka").single()).click();

        AccessibilityPreferences inAnotherSession =
                accessibility.current(SessionAttributesOf.of(new WrappedHttpSession(new MockHttpSession())));
        assertThat(inAnotherSession).isEqualTo(AccessibilityPreferences.DEFAULTS.withReadableFont(true));
    }

    @Test
    void the_panel_opens_with_what_the_person_chose_before() {
        accessibility.remember(SessionAttributesOf.of(session()), AccessibilityPreferences.DEFAULTS.withMoreSpacing(true));

        openPanel();

        assertThat(find(Checkbox.class).withLabel("Większe odstępy między wierszami, słowami i literami").single()
                .getValue()).isTrue();
    }

    private void openPanel() {
        navigate(HomeView.class);
        test(find(Button.class).withText("Ułatwienia dostępu").single()).click();
        roundTrip();
    }

    @SuppressWarnings("unchecked")
    private void selectTextSize(String label) {
        test((RadioButtonGroup<TextSize>) find(RadioButtonGroup.class).single()).selectItem(label);
    }

    private static com.vaadin.flow.server.WrappedSession session() {
        return VaadinSession.getCurrent().getSession();
    }

    /** The parameters of the scripts sent to the browser since the last call, each joined into one text. */
    private static List<String> pendingScripts() {
        List<PendingJavaScriptInvocation> pending = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        return pending.stream().map(invocation -> invocation.getInvocation().getParameters().stream()
                .map(String::valueOf).reduce("", (a, b) -> a + "|" + b)).toList();
    }
}
