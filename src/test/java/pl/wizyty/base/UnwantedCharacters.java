package pl.wizyty.base;

/** Characters no name, address, note or reason may hold; shared by the input tests of every feature. */
public final class UnwantedCharacters {

    /** Every kind the hardening issue found accepted: bidi controls, NUL, zero-width characters, and their kin. */
    public static final String[] ALL = {
        "\u202E", // RIGHT-TO-LEFT OVERRIDE: shows "evil" as "live"
        "\u202D", // LEFT-TO-RIGHT OVERRIDE
        "\u202A", // LEFT-TO-RIGHT EMBEDDING
        "\u2066", // LEFT-TO-RIGHT ISOLATE
        "\u2069", // POP DIRECTIONAL ISOLATE
        "\u200F", // RIGHT-TO-LEFT MARK
        "\u0000", // NUL
        "\u001B", // ESCAPE
        "\u007F", // DELETE
        "\u0085", // NEXT LINE (C1 control)
        "\u200B", // ZERO WIDTH SPACE
        "\u200C", // ZERO WIDTH NON-JOINER
        "\u200D", // ZERO WIDTH JOINER
        "\u2060", // WORD JOINER
        "\uFEFF", // ZERO WIDTH NO-BREAK SPACE (byte-order mark)
        "\u00AD", // SOFT HYPHEN
        "\u2028", // LINE SEPARATOR
        "\uE000", // private use
        "\uD800", // a lone surrogate
    };

    private UnwantedCharacters() {
    }
}
