package pl.wizyty.base;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What counts as an e-mail address and a phone number, and how long each may be: one set of rules for the account,
 * the visit's contact details, the services that check them and the fields that edit them (maxlength).
 *
 * <p>An e-mail address is checked by Hibernate Validator's {@code @Email} (already on the class path, maintained,
 * IDN-aware) rather than a regex of our own. On top of it, three rules for a town hall that must reach the person:
 * the domain has a dot (no {@code jan@localhost}), the local part is not a quoted string (RFC 5322 allows
 * {@code "<svg onload=...>"@example.pl}; no resident needs it), and no invisible or control character
 * ({@link TextRules}).
 */
public final class ContactRules {

    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    private static final int PHONE_MIN = 7;

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]+$");
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private ContactRules() {
    }

    private record Address(@Email String value) {
    }

    public static boolean isEmail(String text) {
        if (text == null || text.isEmpty() || text.length() > EMAIL_MAX || !TextRules.isCleanLine(text)
                || text.indexOf('"') >= 0) {
            return false;
        }
        int at = text.lastIndexOf('@');
        return at > 0 && text.indexOf('.', at) > at + 1 && !text.endsWith(".")
                && VALIDATOR.validateValue(Address.class, "value", text).isEmpty();
    }

    public static boolean isPhone(String text) {
        return text != null && text.length() >= PHONE_MIN && text.length() <= PHONE_MAX
                && PHONE.matcher(text).matches();
    }
}
