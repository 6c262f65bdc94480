package pl.wizyty.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatterSearchTest {

    private static final String ID = "Dowód osobisty – złożenie wniosku";
    private static final String RESIDENCE = "Zameldowanie na pobyt stały";
    private static final String BIRTH = "Zgłoszenie urodzenia dziecka";
    private static final String TAX = "Podatek od nieruchomości – konsultacja";

    @Test
    void polish_letters_and_case_do_not_matter() {
        assertThat(finds("dowod", ID)).isTrue();
        assertThat(finds("DOWÓD", ID)).isTrue();
        assertThat(finds("zgloszenie", BIRTH)).isTrue();
        assertThat(finds("stały", "STALY")).isTrue();
    }

    @Test
    void the_start_of_a_word_is_enough() {
        assertThat(finds("zamel", RESIDENCE)).isTrue();
        assertThat(finds("osob", ID)).isTrue();
        assertThat(finds("nieruch", TAX)).isTrue();
    }

    @Test
    void other_forms_of_a_word_find_it() {
        assertThat(finds("urodzenie", BIRTH)).isTrue();
        assertThat(finds("dowodu", ID)).isTrue();
        assertThat(finds("dowody osobiste", ID)).isTrue();
        assertThat(finds("podatku", TAX)).isTrue();
        assertThat(finds("zameldowania", RESIDENCE)).isTrue();
        assertThat(finds("dziecko", BIRTH)).isTrue();
    }

    @Test
    void the_same_root_behind_a_polish_prefix_finds_it() {
        assertThat(finds("meldunek", RESIDENCE)).isTrue();
        assertThat(finds("meldunku", RESIDENCE)).isTrue();
    }

    @Test
    void every_word_typed_must_match_and_small_words_are_skipped() {
        assertThat(finds("dowód paszport", ID)).isFalse();
        assertThat(finds("zameldowanie na pobyt", RESIDENCE)).isTrue();
        assertThat(finds("ID card", "Identity card – application")).isTrue();
        assertThat(finds("ID card", ID)).isFalse();
    }

    @Test
    void unrelated_words_find_nothing() {
        assertThat(finds("meldunek", ID, BIRTH, TAX)).isFalse();
        assertThat(finds("urodzenie", RESIDENCE, ID)).isFalse();
        assertThat(finds("paszport", ID, RESIDENCE, BIRTH, TAX)).isFalse();
        assertThat(finds("pis", "Odpis aktu stanu cywilnego")).isFalse();
    }

    @Test
    void keywords_are_searched_like_any_other_text() {
        assertThat(finds("registration", RESIDENCE, "meldunek, residence registration")).isTrue();
        assertThat(finds("registrations", RESIDENCE, "meldunek, residence registration")).isTrue();
    }

    @Test
    void a_blank_search_finds_everything() {
        assertThat(MatterSearch.of("  ").isBlank()).isTrue();
        assertThat(finds("", TAX)).isTrue();
        assertThat(finds(null, TAX)).isTrue();
    }

    private static boolean finds(String typed, String... texts) {
        return MatterSearch.of(typed).matches(texts);
    }
}
