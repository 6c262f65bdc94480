package pl.wizyty.schedule;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a resident types into "Szukaj sprawy", matched against a matter's texts the way people search: without caring
 * for case or Polish letters ("dowod" finds "Dowód"), by the beginning of a word ("zamel"), by another form of the
 * word ("urodzenie" finds "urodzenia", "dowodu" finds "Dowód"), and by the same root behind a Polish prefix
 * ("meldunek" finds "Zameldowanie"). Every word typed must match somewhere; words such as "na" or "the" are skipped.
 *
 * <p>The stemming is deliberately light (a list of common endings, no dictionary): it errs towards finding more, and
 * the keywords admins enter for a matter cover what it cannot guess (an English word, a colloquial name).
 */
final class MatterSearch {

    /** Endings of Polish and English word forms, longest first, cut so that at least {@link #MIN_STEM} letters stay. */
    private static final List<String> ENDINGS = List.of(
            "owaniem", "owaniu", "owania", "owanie", "ations", "eniem", "aniem", "ation", "eniu", "enia", "enie",
            "aniu", "ania", "anie", "unek", "unku", "unki", "owie", "ami", "ach", "ego", "emu", "ymi", "imi", "ych",
            "ich", "owi", "ing", "om", "em", "ym", "im", "ow", "ie", "ia", "iu", "ej", "a", "e", "i", "o", "u", "y",
            "s");
    /** Polish verb prefixes: "zameldowanie" and "wymeldowanie" share the root of "meldunek". */
    private static final List<String> PREFIXES = List.of("prze", "roz", "wy", "za", "od", "po", "do", "na", "u");
    private static final Set<String> SKIPPED = Set.of("i", "w", "z", "na", "do", "o", "a", "an", "the", "of", "for",
            "to", "my", "mi", "sie");
    private static final int MIN_STEM = 3;
    /** A root found behind a prefix must be this long, or "pis" in "odpis" would match "pisemny". */
    private static final int MIN_ROOT = 4;

    private final List<String> stems;

    private MatterSearch(List<String> stems) {
        this.stems = stems;
    }

    /** The search for a typed text; blank finds everything. */
    static MatterSearch of(String typed) {
        List<String> words = words(typed);
        List<String> kept = words.stream().filter(word -> !SKIPPED.contains(word)).toList();
        return new MatterSearch((kept.isEmpty() ? words : kept).stream().map(MatterSearch::stem).distinct().toList());
    }

    boolean isBlank() {
        return stems.isEmpty();
    }

    /** True when every word typed matches a word of at least one of the texts (nulls are no text). */
    boolean matches(String... texts) {
        if (stems.isEmpty()) {
            return true;
        }
        List<String> words = Arrays.stream(texts).flatMap(text -> words(text).stream()).toList();
        return stems.stream().allMatch(stem -> words.stream().anyMatch(word -> matches(stem, word)));
    }

    private static boolean matches(String stem, String word) {
        if (word.startsWith(stem) || stem(word).startsWith(stem) && stem.length() >= MIN_STEM) {
            return true;
        }
        if (stem.length() < MIN_ROOT) {
            return false;
        }
        return PREFIXES.stream().anyMatch(prefix -> word.startsWith(prefix)
                && word.substring(prefix.length()).startsWith(stem));
    }

    /** Lower case, Polish letters as their base letters ("ł" as "l"), split at anything but letters and digits. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        String folded = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** The word without its ending: "urodzenia" and "urodzenie" give "urodz", "meldunek" gives "meld". */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        // The mobile "e" of Polish: "podatek", "podatku".
        if (word.endsWith("ek") && word.length() - 2 >= MIN_STEM) {
            return word.substring(0, word.length() - 2) + "k";
        }
        return word;
    }
}
