package pl.wizyty.consent;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A visitor's choice: an anonymous id (the same for every later change of this visitor's mind), the optional
 * categories allowed, the policy version it was given for and when. {@link ConsentCategory#NECESSARY} is always in.
 */
public record Consent(String consentId, Set<ConsentCategory> categories, String policyVersion, Instant decidedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Consent {
        Objects.requireNonNull(consentId);
        Objects.requireNonNull(policyVersion);
        Objects.requireNonNull(decidedAt);
        EnumSet<ConsentCategory> all = EnumSet.of(ConsentCategory.NECESSARY);
        all.addAll(categories);
        categories = Set.copyOf(all);
    }

    public boolean allows(ConsentCategory category) {
        return categories.contains(category);
    }

    /** True when every optional category is allowed. */
    public boolean allowsAllOptional() {
        return categories.containsAll(ConsentCategory.optional());
    }

    /** True when no optional category is allowed. */
    public boolean allowsNoOptional() {
        return categories.stream().noneMatch(ConsentCategory::isOptional);
    }
}
