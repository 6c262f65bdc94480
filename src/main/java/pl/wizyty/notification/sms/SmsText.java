package pl.wizyty.notification.sms;

import java.text.Normalizer;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How long a text is as SMS, and how to make it fit one.
 *
 * <p>An SMS carries 140 bytes: 160 characters of the GSM-7 alphabet (3GPP TS 23.038), or 70 UTF-16 units when any
 * character is outside it (UCS-2). A text longer than that is sent in parts of 153 GSM-7 characters or 67 UTF-16 units
 * each (a header takes the rest), and every part is paid for. The extension-table characters of GSM-7 ({@code €},
 * {@code [}, {@code ]}, {@code {}, {@code }}, {@code \}, {@code ^}, {@code ~}, {@code |} and form feed) take two
 * places (escape + character); a part never ends between the two, nor between the two halves of a surrogate pair.
 *
 * <p>No Polish letter with a diacritic is in GSM-7 (not even ó), so one "ą" makes a text UCS-2 and cuts its room
 * from 160 to 70:
 * {@link #transliterate} writes them without diacritics (and typographic quotes and dashes as plain ones), which is
 * how Polish offices' texts usually look.
 */
public final class SmsText {

    public static final int GSM7_SINGLE = 160;
    public static final int GSM7_PART = 153;
    public static final int UCS2_SINGLE = 70;
    public static final int UCS2_PART = 67;

    /** The GSM-7 basic set without the escape (0x1B), which is not a character of its own. */
    static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The GSM-7 extension table: each costs the escape plus itself. */
    static final String GSM7_EXTENSION = "\f^{}\\[]~|€";

    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('ą', "a"), Map.entry('ć', "c"), Map.entry('ę', "e"), Map.entry('ł', "l"), Map.entry('ń', "n"),
            Map.entry('ó', "o"), Map.entry('ś', "s"), Map.entry('ź', "z"), Map.entry('ż', "z"),
            Map.entry('Ą', "A"), Map.entry('Ć', "C"), Map.entry('Ę', "E"), Map.entry('Ł', "L"), Map.entry('Ń', "N"),
            Map.entry('Ó', "O"), Map.entry('Ś', "S"), Map.entry('Ź', "Z"), Map.entry('Ż', "Z"),
            Map.entry('„', "\""), Map.entry('”', "\""), Map.entry('“', "\""), Map.entry('«', "\""),
            Map.entry('»', "\""), Map.entry('‚', "'"), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', "..."), Map.entry('\u00A0', " "),
            Map.entry('\t', " "));

    /** An office name is never cut to fewer characters than this; a template that needs more is a bug. */
    private static final int SHORTEST_NAME = 6;

    private SmsText() {
    }

    public enum Encoding {
        GSM_7, UCS_2
    }

    /**
     * What a text costs.
     *
     * @param units GSM-7 places (extension characters count two) or UTF-16 units (UCS-2)
     * @param parts how many SMS it is sent as (an empty text still is one)
     */
    public record Length(Encoding encoding, int units, int parts) {

        public boolean fitsOneSms() {
            return parts == 1;
        }
    }

    public static Length measure(String text) {
        if (isGsm7(text)) {
            int units = text.chars().map(c -> gsm7Cost((char) c)).sum();
            return new Length(Encoding.GSM_7, units, units <= GSM7_SINGLE ? 1 : parts(text, true));
        }
        int units = text.length();
        return new Length(Encoding.UCS_2, units, units <= UCS2_SINGLE ? 1 : parts(text, false));
    }

    /** True when every character of the text is in the GSM-7 basic set or its extension table. */
    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> gsm7Cost((char) c) > 0);
    }

    /**
     * The text with Polish letters written without diacritics, typographic quotes, dashes and ellipses written
     * plainly, other accented Latin letters without their accent unless GSM-7 has them (é, ü), and anything else
     * GSM-7 cannot carry as {@code ?}: the result is always GSM-7.
     */
    public static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            out.append(gsm7Form(codePoint));
        }
        return out.toString();
    }

    /**
     * A text that fits one GSM-7 SMS, built by {@code textWithName} around a name that may be shortened (an office's,
     * the longest and least needed part: the booking number, date and time must stay whole). The text is
     * transliterated; if it is still longer than 160, the name is cut at a word boundary and ends with a dot, just
     * short enough.
     *
     * @throws IllegalArgumentException when even a name of {@value #SHORTEST_NAME} characters does not fit, i.e.
     *                                  the rest of the text is too long: a template to fix, not a case to handle
     */
    public static String fitOneSms(UnaryOperator<String> textWithName, String name) {
        String fullName = transliterate(name.strip());
        String text = transliterate(textWithName.apply(fullName));
        int overflow = measure(text).units() - GSM7_SINGLE;
        if (overflow <= 0) {
            return text;
        }
        for (int room = measure(fullName).units() - overflow; room >= SHORTEST_NAME; room--) {
            String shortened = transliterate(textWithName.apply(shorten(fullName, room)));
            if (measure(shortened).units() <= GSM7_SINGLE) {
                return shortened;
            }
        }
        throw new IllegalArgumentException("The text is longer than one SMS even with the name shortened");
    }

    /**
     * The GSM-7 name cut to at most {@code room} places, ending with a dot: at the last space if that keeps at least
     * half of the room (dropping a one-letter word left dangling there, such as "i" or "w"), otherwise within the
     * word. Unchanged when it fits.
     */
    static String shorten(String name, int room) {
        if (measure(name).units() <= room) {
            return name;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (char c : name.toCharArray()) {
            int cost = gsm7Cost(c);
            if (used + cost > room - 1) {
                break;
            }
            cut.append(c);
            used += cost;
        }
        int space = cut.lastIndexOf(" ");
        String kept = space >= room / 2 ? cut.substring(0, space).replaceAll("\\s+\\p{L}$", "") : cut.toString();
        return kept.replaceAll("[\\s.,;:(\\-]+$", "") + ".";
    }

    private static int parts(String text, boolean gsm7) {
        int room = gsm7 ? GSM7_PART : UCS2_PART;
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cost;
            if (gsm7) {
                cost = gsm7Cost(text.charAt(i));
                i++;
            } else {
                cost = Character.charCount(text.codePointAt(i));
                i += cost;
            }
            if (used + cost > room) {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return parts;
    }

    /** 1 for the basic set, 2 for the extension table, 0 for a character GSM-7 cannot carry. */
    private static int gsm7Cost(char c) {
        if (GSM7_BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }

    private static String gsm7Form(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            char c = (char) codePoint;
            if (gsm7Cost(c) > 0) {
                return String.valueOf(c);
            }
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                return replacement;
            }
        }
        String base = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return !base.isEmpty() && isGsm7(base) ? base : "?";
    }
}
