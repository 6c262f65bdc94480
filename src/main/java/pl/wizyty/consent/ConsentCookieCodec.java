package pl.wizyty.consent;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consent cookie's value: {@code 1:<consent id>:<categories>:<policy version>:<epoch seconds>}, e.g.
 * {@code 1:0b6f...:sf:1:1767225600}. Anything that does not match exactly is no consent at all; a value that does
 * match still counts only once the database confirms it (see {@link ConsentService}), so a hand-made cookie
 * cannot grant anything.
 */
final class ConsentCookieCodec {

    static final String VERSION_PATTERN = "[A-Za-z0-9._-]{1,40}";
    private static final int MAX_LENGTH = 200;
    private static final Pattern FORMAT = Pattern.compile(
            "1:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(0|s?p?f?):(" + VERSION_PATTERN
                    + "):([0-9]{1,12})");

    private ConsentCookieCodec() {
    }

    static String encode(Consent consent) {
        StringBuilder codes = new StringBuilder();
        for (ConsentCategory category : ConsentCategory.optional()) {
            if (consent.allows(category)) {
                codes.append(category.code());
            }
        }
        return "1:" + consent.consentId() + ":" + (codes.isEmpty() ? "0" : codes) + ":" + consent.policyVersion()
                + ":" + consent.decidedAt().getEpochSecond();
    }

    static Optional<Consent> decode(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value);
        if (!m.matches() || m.group(2).isEmpty()) {
            return Optional.empty();
        }
        try {
            UUID.fromString(m.group(1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        EnumSet<ConsentCategory> categories = EnumSet.of(ConsentCategory.NECESSARY);
        for (ConsentCategory category : ConsentCategory.optional()) {
            if (m.group(2).indexOf(category.code()) >= 0) {
                categories.add(category);
            }
        }
        return Optional.of(new Consent(m.group(1), categories, m.group(3),
                Instant.ofEpochSecond(Long.parseLong(m.group(4)))));
    }
}
