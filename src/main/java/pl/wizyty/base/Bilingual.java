package pl.wizyty.base;

import java.util.List;
import java.util.Locale;

/**
 * Texts that admins write in Polish and may also write in English (names of matters and offices, what to bring):
 * a person reading English gets the English text where there is one and the Polish text where there is none, field
 * by field, so that nothing is ever left empty for want of a translation.
 */
public final class Bilingual {

    private Bilingual() {
    }

    public static String pick(Locale reader, String polish, String english) {
        return readsEnglish(reader) && english != null && !english.isBlank() ? english : polish;
    }

    public static List<String> pick(Locale reader, List<String> polish, List<String> english) {
        return readsEnglish(reader) && english != null && !english.isEmpty() ? english : polish;
    }

    private static boolean readsEnglish(Locale reader) {
        return TranslationProvider.ENGLISH.equals(TranslationProvider.supported(reader));
    }
}
