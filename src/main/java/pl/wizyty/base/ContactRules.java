package pl.wizyty.base;

import java.util.regex.Pattern;

/**
 * What counts as an e-mail address and a phone number, and how long each may be: one set of rules for the account,
 * the visit's contact details, the services that check them and the fields that edit them (maxlength).
 */
public final class ContactRules {

    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    private static final int PHONE_MIN = 7;

    // Deliberately simple: one "@", something on both sides, a dot in the domain, no spaces.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]+$");

    private ContactRules() {
    }

    public static boolean isEmail(String text) {
        return text != null && text.length() <= EMAIL_MAX && EMAIL.matcher(text).matches();
    }

    public static boolean isPhone(String text) {
        return text != null && text.length() >= PHONE_MIN && text.length() <= PHONE_MAX
                && PHONE.matcher(text).matches();
    }
}
