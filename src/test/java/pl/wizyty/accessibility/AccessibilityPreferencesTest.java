package pl.wizyty.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessibilityPreferencesTest {

    @Test
    void the_defaults_put_no_class_on_the_page() {
        assertThat(AccessibilityPreferences.DEFAULTS.rootClasses()).isEmpty();
    }

    @Test
    void every_chosen_option_becomes_a_root_class_the_style_sheet_knows() {
        AccessibilityPreferences all = new AccessibilityPreferences(TextSize.LARGEST, true, true, true, true, true);

        assertThat(all.rootClasses()).containsExactly("a11y-text-200", "a11y-contrast", "a11y-underline",
                "a11y-spacing", "a11y-reduced-motion", "a11y-readable-font");
        assertThat(AccessibilityPreferences.ROOT_CLASSES).containsAll(all.rootClasses());
    }

    @Test
    void the_cookie_text_reads_back_as_the_same_preferences() {
        AccessibilityPreferences chosen = AccessibilityPreferences.DEFAULTS.withTextSize(TextSize.LARGER)
                .withHighContrast(true).withReducedMotion(true);

        assertThat(chosen.encode()).isEqualTo("150.c.m");
        assertThat(AccessibilityPreferences.decode(chosen.encode())).isEqualTo(chosen);
    }

    @Test
    void a_cookie_text_it_does_not_understand_counts_as_the_defaults_never_as_an_error() {
        assertThat(AccessibilityPreferences.decode("<script>")).isEqualTo(AccessibilityPreferences.DEFAULTS);
        assertThat(AccessibilityPreferences.decode("999.x")).isEqualTo(AccessibilityPreferences.DEFAULTS);
        assertThat(AccessibilityPreferences.decode("1".repeat(500))).isEqualTo(AccessibilityPreferences.DEFAULTS);
        assertThat(AccessibilityPreferences.decode(null)).isEqualTo(AccessibilityPreferences.DEFAULTS);
    }
}
