package pl.wizyty.base;

/**
 * Which characters a person's own text may hold: names, e-mail addresses, phone numbers, notes and reasons. Control
 * characters (NUL, escape, ...) and invisible format characters (Unicode category Cf: bidi overrides such as U+202E,
 * zero-width spaces and joiners, the byte-order mark) are refused, because they change what a clerk sees without
 * being visible: U+202E shows "evil" as "live". Line breaks and tabs are allowed only where the text may span lines.
 * One set of rules for the entities that guard their texts and the services that check forms before them.
 */
public final class TextRules {

    /** The message key every refusal of an unwanted character uses. */
    public static final String INVISIBLE_CHARACTER = "validation.invisibleCharacter";

    private TextRules() {
    }

    /** True when the text (one line: a name, an address) has no control or format character; null counts as clean. */
    public static boolean isCleanLine(String text) {
        return text == null || text.codePoints().noneMatch(TextRules::unwanted);
    }

    /** True when the text (may span lines: a note, a reason) has none apart from line breaks and tabs. */
    public static boolean isCleanText(String text) {
        return text == null || text.codePoints().filter(c -> c != '\n' && c != '\r' && c != '\t')
                .noneMatch(TextRules::unwanted);
    }

    /** Refuses a one-line text with an unwanted character, naming the field. */
    public static void requireCleanLine(String field, String text) {
        if (!isCleanLine(text)) {
            throw RuleViolation.onField(field, INVISIBLE_CHARACTER);
        }
    }

    /** Refuses a text that may span lines if it has an unwanted character, naming the field. */
    public static void requireCleanText(String field, String text) {
        if (!isCleanText(text)) {
            throw RuleViolation.onField(field, INVISIBLE_CHARACTER);
        }
    }

    private static boolean unwanted(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
