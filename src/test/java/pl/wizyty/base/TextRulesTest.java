package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The characters a person's text may not hold, and the ones it may. */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zofia", "Wiśniewska-Żółć", "O'Brien", "jan.kowalski@example.pl", "+48 600 100 200",
        "Łódź, ul. Piotrkowska 1 – pok. 2", "Proszę o pętlę indukcyjną 😊"})
    void ordinary_polish_text_punctuation_and_emoji_are_clean(String text) {
        assertThat(TextRules.isCleanLine(text)).isTrue();
        assertThat(TextRules.isCleanText(text)).isTrue();
    }

    @Test
    void every_listed_control_and_format_character_is_refused_in_a_line_and_in_a_longer_text() {
        for (String bad : UnwantedCharacters.ALL) {
            String text = "Zofia " + bad + "Testowa";
            assertThat(TextRules.isCleanLine(text)).as("U+%04X in a line", (int) bad.charAt(0)).isFalse();
            assertThat(TextRules.isCleanText(text)).as("U+%04X in a text", (int) bad.charAt(0)).isFalse();
        }
    }

    @Test
    void line_breaks_and_tabs_are_allowed_in_a_note_but_not_in_a_name() {
        String note = "Pierwsza linia\r\nDruga\tlinia";
        assertThat(TextRules.isCleanText(note)).isTrue();
        assertThat(TextRules.isCleanLine(note)).isFalse();
    }

    @Test
    void a_refusal_names_the_field_and_uses_the_one_message() {
        assertThatThrownBy(() -> TextRules.requireCleanText("note", "live\u202Eevil"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("note");
                    assertThat(v.messageKey()).isEqualTo("validation.invisibleCharacter");
                });
    }
}
