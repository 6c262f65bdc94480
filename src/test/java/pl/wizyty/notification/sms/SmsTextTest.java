package pl.wizyty.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import pl.wizyty.notification.sms.SmsText.Encoding;
import pl.wizyty.notification.sms.SmsText.Length;

class SmsTextTest {

    @Test
    void the_gsm7_basic_set_has_127_characters_and_the_extension_table_10() {
        assertThat(SmsText.GSM7_BASIC.chars().distinct().count()).isEqualTo(127);
        assertThat(SmsText.GSM7_BASIC).hasSize(127);
        assertThat(SmsText.GSM7_EXTENSION).hasSize(10);
    }

    @Test
    void plain_text_counts_one_place_per_character() {
        assertThat(SmsText.measure("Wizyta AK-7Q4M2 jutro 09:30")).isEqualTo(new Length(Encoding.GSM_7, 27, 1));
        assertThat(SmsText.measure("")).isEqualTo(new Length(Encoding.GSM_7, 0, 1));
    }

    @Test
    void extension_characters_such_as_the_euro_sign_count_two() {
        assertThat(SmsText.measure("€")).isEqualTo(new Length(Encoding.GSM_7, 2, 1));
        assertThat(SmsText.measure("[a]{b}~|^\\")).isEqualTo(new Length(Encoding.GSM_7, 18, 1));
        assertThat(SmsText.measure("Opłata 10 €".replace("ł", "l"))).isEqualTo(new Length(Encoding.GSM_7, 12, 1));
    }

    @Test
    void one_hundred_sixty_characters_are_one_sms_and_one_hundred_sixty_one_are_two() {
        assertThat(SmsText.measure("a".repeat(160))).isEqualTo(new Length(Encoding.GSM_7, 160, 1));
        assertThat(SmsText.measure("a".repeat(161))).isEqualTo(new Length(Encoding.GSM_7, 161, 2));
        assertThat(SmsText.measure("a".repeat(306))).isEqualTo(new Length(Encoding.GSM_7, 306, 2));
        assertThat(SmsText.measure("a".repeat(307))).isEqualTo(new Length(Encoding.GSM_7, 307, 3));
    }

    @Test
    void a_euro_sign_at_the_boundary_tips_the_text_over_and_is_never_split_between_parts() {
        assertThat(SmsText.measure("a".repeat(158) + "€").parts()).isEqualTo(1);
        assertThat(SmsText.measure("a".repeat(159) + "€")).isEqualTo(new Length(Encoding.GSM_7, 161, 2));
        // 306 places would be two parts of 153, but the euro's escape cannot end part one: 152 | 2 + 151 | 1.
        assertThat(SmsText.measure("a".repeat(152) + "€" + "a".repeat(152)))
                .isEqualTo(new Length(Encoding.GSM_7, 306, 3));
        assertThat(SmsText.measure("a".repeat(151) + "€" + "a".repeat(153)))
                .isEqualTo(new Length(Encoding.GSM_7, 306, 2));
    }

    @Test
    void one_polish_letter_makes_the_text_ucs2_with_70_characters_per_sms_and_67_per_part() {
        assertThat(SmsText.measure("ą")).isEqualTo(new Length(Encoding.UCS_2, 1, 1));
        assertThat(SmsText.measure("ą" + "a".repeat(69))).isEqualTo(new Length(Encoding.UCS_2, 70, 1));
        assertThat(SmsText.measure("ą" + "a".repeat(70))).isEqualTo(new Length(Encoding.UCS_2, 71, 2));
        assertThat(SmsText.measure("ż".repeat(134))).isEqualTo(new Length(Encoding.UCS_2, 134, 2));
        assertThat(SmsText.measure("ż".repeat(135))).isEqualTo(new Length(Encoding.UCS_2, 135, 3));
        assertThat(SmsText.measure("ó").encoding()).as("ó is not GSM-7 either (ò is)").isEqualTo(Encoding.UCS_2);
    }

    @Test
    void a_character_outside_the_basic_plane_counts_two_units_and_is_never_split() {
        assertThat(SmsText.measure("😀")).isEqualTo(new Length(Encoding.UCS_2, 2, 1));
        assertThat(SmsText.measure("a".repeat(66) + "😀" + "a".repeat(66)))
                .isEqualTo(new Length(Encoding.UCS_2, 134, 3));
    }

    @Test
    void transliterated_polish_text_is_gsm7() {
        String text = SmsText.transliterate("Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ");

        assertThat(text).isEqualTo("Zazolc gesla jazn. ZAZOLC GESLA JAZN");
        assertThat(SmsText.measure(text)).isEqualTo(new Length(Encoding.GSM_7, 36, 1));
    }

    @Test
    void a_polish_text_of_160_letters_needs_three_sms_unless_transliterated() {
        String polish = "ąęółśżźćń ".repeat(16);

        assertThat(SmsText.measure(polish)).isEqualTo(new Length(Encoding.UCS_2, 160, 3));
        assertThat(SmsText.measure(SmsText.transliterate(polish))).isEqualTo(new Length(Encoding.GSM_7, 160, 1));
    }

    @Test
    void typographic_quotes_dashes_and_other_accents_become_gsm7_and_gsm7_letters_stay() {
        assertThat(SmsText.transliterate("„Wydział” – 9:00…")).isEqualTo("\"Wydzial\" - 9:00...");
        assertThat(SmsText.transliterate("Müller, Čapek, José, 10 €")).isEqualTo("Müller, Capek, José, 10 €");
        assertThat(SmsText.transliterate("Жук 😀")).isEqualTo("??? ?");
    }

    @Test
    void a_text_that_fits_keeps_the_whole_name() {
        String text = SmsText.fitOneSms(name -> "Wizyta w: " + name + ".", "Wydział Spraw Obywatelskich");

        assertThat(text).isEqualTo("Wizyta w: Wydzial Spraw Obywatelskich.");
    }

    @Test
    void a_long_name_is_cut_at_a_word_without_a_dangling_conjunction_and_ends_with_a_dot() {
        String rest = "x".repeat(120) + " ";
        String name = "Wydział Spraw Obywatelskich i Ewidencji Ludności";

        String text = SmsText.fitOneSms(n -> rest + n, name);

        assertThat(text).isEqualTo(rest + "Wydzial Spraw Obywatelskich.");
        assertThat(SmsText.measure(text)).isEqualTo(new Length(Encoding.GSM_7, 149, 1));
    }

    @Test
    void a_name_exactly_filling_160_is_left_whole_and_one_more_place_shortens_it() {
        String name = "Urząd Stanu Cywilnego";
        String fits = SmsText.fitOneSms(n -> "y".repeat(139) + n, name);
        String over = SmsText.fitOneSms(n -> "y".repeat(140) + n, name);

        assertThat(fits).hasSize(160).endsWith("Urzad Stanu Cywilnego");
        assertThat(over).isEqualTo("y".repeat(140) + "Urzad Stanu.");
    }

    @Test
    void a_text_too_long_even_without_the_name_is_a_template_bug() {
        assertThatThrownBy(() -> SmsText.fitOneSms(n -> "z".repeat(158) + n, "Wydział Komunikacji"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortening_within_a_word_when_no_space_keeps_half() {
        assertThat(SmsText.shorten("Konstantynopolitanczykowianeczka", 10)).isEqualTo("Konstanty.");
        assertThat(SmsText.shorten("Urzad", 10)).isEqualTo("Urzad");
    }
}
