package pl.wizyty.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;

/**
 * One choice a visitor made, kept to show later what they agreed to and when (GDPR art. 7(1)). A change of mind
 * is a new row with the same consent id; a row is never changed, except that it is linked to the account of the
 * resident who made it. No IP address and no user agent.
 */
@Entity
@Table(name = "consent_record")
class ConsentRecord {

    static final int CONSENT_ID_LENGTH = 36;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consent_id", nullable = false, length = CONSENT_ID_LENGTH)
    private String consentId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "policy_version", nullable = false, length = 40)
    private String policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentChoice choice;

    @Column(name = "allows_statistics", nullable = false)
    private boolean allowsStatistics;

    @Column(name = "allows_performance", nullable = false)
    private boolean allowsPerformance;

    @Column(name = "allows_functional", nullable = false)
    private boolean allowsFunctional;

    @Column(nullable = false)
    private boolean withdrawal;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ConsentRecord() {
    }

    ConsentRecord(Consent consent, ConsentChoice choice, Long accountId, boolean withdrawal) {
        this.consentId = consent.consentId();
        this.accountId = accountId;
        this.policyVersion = consent.policyVersion();
        this.choice = Objects.requireNonNull(choice);
        this.allowsStatistics = consent.allows(ConsentCategory.STATISTICS);
        this.allowsPerformance = consent.allows(ConsentCategory.PERFORMANCE);
        this.allowsFunctional = consent.allows(ConsentCategory.FUNCTIONAL);
        this.withdrawal = withdrawal;
        this.decidedAt = consent.decidedAt();
    }

    Consent toConsent() {
        EnumSet<ConsentCategory> categories = EnumSet.of(ConsentCategory.NECESSARY);
        if (allowsStatistics) {
            categories.add(ConsentCategory.STATISTICS);
        }
        if (allowsPerformance) {
            categories.add(ConsentCategory.PERFORMANCE);
        }
        if (allowsFunctional) {
            categories.add(ConsentCategory.FUNCTIONAL);
        }
        return new Consent(consentId, categories, policyVersion, decidedAt);
    }

    /** A choice made before signing in becomes the resident's own; one made by someone else stays theirs. */
    boolean linkTo(long account) {
        if (accountId != null) {
            return false;
        }
        accountId = account;
        return true;
    }

    Long getAccountId() {
        return accountId;
    }

    ConsentChoice getChoice() {
        return choice;
    }

    boolean isWithdrawal() {
        return withdrawal;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ConsentRecord other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ConsentRecord.class.hashCode();
    }
}
