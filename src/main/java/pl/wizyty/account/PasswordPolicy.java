package pl.wizyty.account;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.Dictionary;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * A password is long rather than cryptic (NIST SP 800-63B): 10 to 128 characters, at least one letter and one
 * character that is not a letter, not containing the part of the e-mail address before the "@", not one of the
 * 30,000 most common passwords (also not one of them with digits or signs added before or after, like
 * "Sunflower1999!"), and without trivial runs: five or more letters or digits in order ("12345", "abcde",
 * "qwert") or one character four times ("aaaa").
 *
 * <p>The list is zxcvbn's (MIT licence, from Mark Burnett's corpus of 10 million passwords), bundled in
 * {@code passwords/common-passwords.txt}; see NOTICE.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final int RUN = 5;
    private static final int REPEAT = 4;
    private static final int SHORTEST_COMMON_CORE = 4;

    private final PasswordValidator shape =
            new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH), new UsernameRule(true, true));
    private final PasswordValidator common = new PasswordValidator(new DictionaryRule(CommonPasswords.LIST));
    private final PasswordValidator trivial = new PasswordValidator(
            new IllegalSequenceRule(EnglishSequenceData.Numerical, RUN, false),
            new IllegalSequenceRule(EnglishSequenceData.Alphabetical, RUN, false),
            new IllegalSequenceRule(EnglishSequenceData.USQwerty, RUN, false),
            new RepeatCharacterRegexRule(REPEAT));

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("account.password.required");
        }
        String localPart = email == null ? "" : email.strip().split("@", 2)[0];
        RuleResult result = shape.validate(new PasswordData(localPart, password));
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
        if (isCommon(password)) {
            return Optional.of("account.password.common");
        }
        if (!trivial.validate(new PasswordData(password)).isValid()) {
            return Optional.of("account.password.trivial");
        }
        return Optional.empty();
    }

    private boolean isCommon(String password) {
        String core = password.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return !common.validate(new PasswordData(password)).isValid()
                || core.length() >= SHORTEST_COMMON_CORE && CommonPasswords.LIST.search(core);
    }

    /** Read once, on first use: about 30,000 words, searched case-insensitively. */
    private static final class CommonPasswords {

        static final Dictionary LIST = load();

        private static Dictionary load() {
            try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                    PasswordPolicy.class.getResourceAsStream("/passwords/common-passwords.txt")),
                    StandardCharsets.UTF_8)) {
                return new WordListDictionary(WordLists.createFromReader(new Reader[] {reader}, false,
                        new ArraysSort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
