package pl.wizyty.base;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Polish mobile phone number, the only kind the town hall texts. Kept in {@code base} because both the account (a
 * resident's opt-in) and the SMS gateway check it, and the account must not depend on notifications.
 *
 * <p>The rule, in place of a phone-number library (none is among the packages available here): a person may write
 * the number with spaces, dashes, dots or brackets, with or without {@code +48} / {@code 0048} / {@code 48}; what
 * remains must be nine digits starting with one of the mobile prefixes of the Polish numbering plan (UKE): 45, 50,
 * 51, 53, 57, 60, 66, 69, 72, 73, 78, 79, 88. Landlines and foreign numbers are refused, because a text to them
 * never arrives (or costs the town hall an international SMS). Letters and invisible characters are refused.
 *
 * @param national the nine digits without the country code, e.g. {@code 500100200}
 */
public record PolishMobileNumber(String national) {

    /** How long the stored form ({@link #e164()}) is: "+48" and nine digits. */
    public static final int E164_LENGTH = 12;

    private static final Set<String> MOBILE_PREFIXES = Set.of("45", "50", "51", "53", "57", "60", "66", "69", "72",
            "73", "78", "79", "88");
    private static final Pattern WRITTEN = Pattern.compile("^\\(?\\+?[0-9 ().-]+$");
    private static final Pattern NINE_DIGITS = Pattern.compile("^[0-9]{9}$");

    public PolishMobileNumber {
        if (!isMobile(national)) {
            throw new IllegalArgumentException("Not a Polish mobile number");
        }
    }

    /** The number as a person wrote it, or empty when it is not a Polish mobile number. */
    public static Optional<PolishMobileNumber> parse(String written) {
        if (written == null || written.length() > ContactRules.PHONE_MAX) {
            return Optional.empty();
        }
        String text = written.strip();
        if (!WRITTEN.matcher(text).matches()) {
            return Optional.empty();
        }
        boolean international = text.startsWith("+") || text.startsWith("(+");
        String digits = text.replaceAll("[^0-9]", "");
        String national;
        if (international) {
            national = digits.startsWith("48") ? digits.substring(2) : null;
        } else if (digits.length() == 13 && digits.startsWith("0048")) {
            national = digits.substring(4);
        } else if (digits.length() == 11 && digits.startsWith("48")) {
            national = digits.substring(2);
        } else {
            national = digits;
        }
        return isMobile(national) ? Optional.of(new PolishMobileNumber(national)) : Optional.empty();
    }

    private static boolean isMobile(String national) {
        return national != null && NINE_DIGITS.matcher(national).matches()
                && MOBILE_PREFIXES.contains(national.substring(0, 2));
    }

    public static boolean isValid(String written) {
        return parse(written).isPresent();
    }

    /** E.164 with the plus, as stored: {@code +48500100200}. */
    public String e164() {
        return "+48" + national;
    }

    /** E.164 digits without the plus, as SMS gateways take it: {@code 48500100200}. */
    public String digits() {
        return "48" + national;
    }

    /** As people read it: {@code +48 500 100 200}. */
    public String display() {
        return "+48 " + national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6);
    }

    /** For logs, which must not hold the whole number: {@code +48 *** *** 200}. */
    public String masked() {
        return "+48 *** *** " + national.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
