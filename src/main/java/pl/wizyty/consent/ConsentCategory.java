package pl.wizyty.consent;

import java.util.EnumSet;
import java.util.Set;

/**
 * The purposes a visitor can allow cookies (and any other browser storage) for. Only {@link #NECESSARY} is
 * allowed without asking; the others stay off until the visitor turns them on.
 */
public enum ConsentCategory {
    /** Needed for the portal to work at all (session, sign-in, the consent choice itself). */
    NECESSARY('n'),
    /** Counting visits and which parts of the portal are used. */
    STATISTICS('s'),
    /** Measuring how fast pages load and where errors happen. */
    PERFORMANCE('p'),
    /** Remembering the visitor's preferences across visits (accessibility mode, language). */
    FUNCTIONAL('f');

    private final char code;

    ConsentCategory(char code) {
        this.code = code;
    }

    public boolean isOptional() {
        return this != NECESSARY;
    }

    /** All categories a visitor may switch on or off. */
    public static Set<ConsentCategory> optional() {
        return EnumSet.complementOf(EnumSet.of(NECESSARY));
    }

    char code() {
        return code;
    }
}
