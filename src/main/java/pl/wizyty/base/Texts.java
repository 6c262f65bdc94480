package pl.wizyty.base;

/** The checks every entity applies to a text someone typed: trimmed, required or optional, never cut, only refused. */
public final class Texts {

    private Texts() {
    }

    /** The text trimmed; refused when empty or longer than {@code max}, with the field it belongs to. */
    public static String required(String field, String text, int max) {
        String value = optional(field, text, max);
        if (value == null) {
            throw RuleViolation.onField(field, "validation.required");
        }
        return value;
    }

    /** The text trimmed, or {@code null} when blank; refused when longer than {@code max}. */
    public static String optional(String field, String text, int max) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > max) {
            throw RuleViolation.onField(field, "validation.tooLong", max, value.length());
        }
        return value;
    }
}
