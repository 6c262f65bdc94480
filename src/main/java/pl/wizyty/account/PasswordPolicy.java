package pl.wizyty.account;

import java.util.Optional;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;

/**
 * A password is long rather than cryptic (NIST SP 800-63B): 10 to 128 characters, at least one letter and one
 * character that is not a letter, and not containing the part of the e-mail address before the "@".
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final PasswordValidator validator =
            new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH), new UsernameRule(true, true));

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("account.password.required");
        }
        String localPart = email == null ? "" : email.strip().split("@", 2)[0];
        RuleResult result = validator.validate(new PasswordData(localPart, password));
        if (!result.isValid()) {
            String code = result.getDetails().getFirst().getErrorCode();
            return Optional.of(switch (code) {
                case "TOO_LONG" -> "account.password.tooLong";
                case "ILLEGAL_USERNAME", "ILLEGAL_USERNAME_REVERSED" -> "account.password.containsEmail";
                default -> "account.password.tooShort";
            });
        }
        boolean hasLetter = password.codePoints().anyMatch(Character::isLetter);
        boolean hasOther = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            return Optional.of("account.password.tooSimple");
        }
        return Optional.empty();
    }
}
