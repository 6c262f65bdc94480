package pl.wizyty.consent;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.consent.ConsentCookieJar.Resolved;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.SignedInUser;

/**
 * "May I use category X for this visitor?" Every feature that stores anything optional in the browser asks
 * {@link #allows(ConsentCategory)} first. The answer comes from the visitor's consent cookie, but only once the
 * database confirms that this exact choice was made (a forged or malformed cookie counts as no choice), and only
 * for the current policy version (a new version asks everyone again). A signed-in resident's latest choice is
 * kept with their account and applies on any device. The answer is kept in the session, so asking is cheap.
 */
@Service
public class ConsentService {

    private final ConsentRecordRepository records;
    private final ConsentCookieJar jar;
    private final ConsentProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConsentService(ConsentRecordRepository records, ConsentCookieJar jar, ConsentProperties properties,
            CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.jar = jar;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** True when this visitor allowed the category; {@link ConsentCategory#NECESSARY} is always allowed. */
    public boolean allows(ConsentCategory category) {
        return category == ConsentCategory.NECESSARY || current().map(c -> c.allows(category)).orElse(false);
    }

    /** The visitor's choice for the current policy version, or empty when they have not chosen (yet, or again). */
    public Optional<Consent> current() {
        return Optional.ofNullable(resolved().consent())
                .filter(c -> c.policyVersion().equals(properties.policyVersion()));
    }

    /**
     * The choice in force, after bringing the account and this browser in line with it: a choice made on this device
     * before signing in is linked to the account, and a cookie that lags behind the account's choice is rewritten.
     * Called once per page by the frame; {@link #allows} and {@link #current} only read.
     */
    @Transactional
    public Optional<Consent> settle() {
        Resolved resolved = resolved();
        if (resolved.linkPending()) {
            linkToAccount(resolved.consent(), resolved.accountId());
        }
        if (resolved.cookiePending()) {
            jar.write(resolved.consent());
        }
        if (resolved.linkPending() || resolved.cookiePending()) {
            jar.cache(new Resolved(resolved.consent(), resolved.consentId(), resolved.accountId()));
        }
        return current();
    }

    public String policyVersion() {
        return properties.policyVersion();
    }

    /** The statistics script to add to the page: only when one is configured and the visitor allowed it. */
    public Optional<String> analyticsScriptUrl() {
        return properties.hasAnalyticsScript() && allows(ConsentCategory.STATISTICS)
                ? Optional.of(properties.analyticsScriptUrl()) : Optional.empty();
    }

    @Transactional
    public Consent acceptAll() {
        return record(ConsentChoice.ACCEPT_ALL, ConsentCategory.optional());
    }

    @Transactional
    public Consent rejectOptional() {
        return record(ConsentChoice.REJECT_OPTIONAL, Set.of());
    }

    /** The visitor's own selection of optional categories; {@code NECESSARY} is implied. */
    @Transactional
    public Consent choose(Set<ConsentCategory> allowed) {
        return record(ConsentChoice.CUSTOM, allowed);
    }

    private Consent record(ConsentChoice choice, Set<ConsentCategory> allowed) {
        Long accountId = accountId();
        Resolved before = resolved();
        String consentId = before.consentId() != null ? before.consentId() : UUID.randomUUID().toString();
        EnumSet<ConsentCategory> categories = EnumSet.of(ConsentCategory.NECESSARY);
        categories.addAll(allowed);
        Consent consent = new Consent(consentId, categories, properties.policyVersion(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        boolean withdrawal = records.findFirstByConsentIdOrderByDecidedAtDescIdDesc(consentId)
                .map(previous -> !categories.containsAll(previous.toConsent().categories())).orElse(false);
        records.save(new ConsentRecord(consent, choice, accountId, withdrawal));
        jar.write(consent);
        jar.cache(new Resolved(consent, consentId, accountId));
        return consent;
    }

    private Resolved resolved() {
        Long accountId = accountId();
        return jar.cached().filter(r -> Objects.equals(r.accountId(), accountId)).orElseGet(() -> {
            Resolved resolved = resolve(accountId);
            jar.cache(resolved);
            return resolved;
        });
    }

    private Resolved resolve(Long accountId) {
        Optional<Consent> device = jar.read().stream().map(this::confirmed).flatMap(Optional::stream).findFirst();
        Optional<Consent> account = accountId == null ? Optional.empty()
                : records.findFirstByAccountIdOrderByDecidedAtDescIdDesc(accountId).map(ConsentRecord::toConsent);
        Optional<Consent> inForce = Stream.of(device, account).flatMap(Optional::stream)
                .filter(c -> c.policyVersion().equals(properties.policyVersion()))
                .max(Comparator.comparing(Consent::decidedAt));
        boolean linkPending = accountId != null && inForce.isPresent() && inForce.equals(device)
                && !inForce.equals(account);
        boolean cookiePending = inForce.isPresent() && !inForce.equals(device);
        String consentId = Stream.of(inForce, device, account).flatMap(Optional::stream).map(Consent::consentId)
                .findFirst().orElse(null);
        return new Resolved(inForce.orElse(null), consentId, accountId, linkPending, cookiePending);
    }

    /**
     * The visitor's latest choice, if the cookie's claim is one that was really recorded. Later choices under the
     * same id (the same resident on another device) win over what this browser still remembers.
     */
    private Optional<Consent> confirmed(Consent claimed) {
        List<ConsentRecord> history = records.findByConsentIdOrderByDecidedAtDescIdDesc(claimed.consentId());
        boolean genuine = history.stream().anyMatch(r -> r.toConsent().equals(claimed));
        return genuine ? Optional.of(history.getFirst().toConsent()) : Optional.empty();
    }

    private void linkToAccount(Consent consent, long accountId) {
        records.findFirstByConsentIdOrderByDecidedAtDescIdDesc(consent.consentId())
                .filter(latest -> latest.linkTo(accountId)).ifPresent(records::save);
    }

    private Long accountId() {
        return currentUser.get().map(SignedInUser::accountId).orElse(null);
    }
}
