package pl.wizyty.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TextRules;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.security.ClientAddress;
import pl.wizyty.security.Throttle;
import pl.wizyty.security.Throttles;

/**
 * The owner of an address confirms it after registering: a one-time link valid 24 hours, which can be sent again.
 * Until then the account cannot sign in (so it cannot book, nor see visits of an office record it claimed). Opening
 * the link changes nothing: the page it opens has a button, because mail scanners follow links.
 */
@Service
public class EmailConfirmationService {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final String THROTTLE_KEY = "confirm:";

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final ApplicationEventPublisher events;
    private final Throttle throttle;
    private final ClientAddress clientAddress;
    private final AuditLog audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    EmailConfirmationService(UserAccountRepository accounts, AccountTokens tokens, ApplicationEventPublisher events,
            Throttles throttles, ClientAddress clientAddress, AuditLog audit, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.passwordEncoder = passwordEncoder;
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.throttle = throttles.passwordReset();
        this.clientAddress = clientAddress;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Confirms the address of the link's account; the link is spent. The password given at registration is asked
     * too: the link alone proves the mailbox, not that the registration was this person's. Without it, a stranger
     * who registered someone's address first would get an account its owner confirmed for them. A wrong password
     * leaves the link usable (the transaction rolls back).
     */
    @Transactional
    public void confirm(String token, String password) {
        long accountId = tokens.spend(token, AccountToken.EMAIL_CONFIRMATION)
                .orElseThrow(() -> new RuleViolation("confirmation.invalidLink"));
        UserAccount account = accounts.findByIdForUpdate(accountId)
                .orElseThrow(() -> new RuleViolation("confirmation.invalidLink"));
        if (password == null || password.isEmpty() || !passwordEncoder.matches(password, account.getPasswordHash())) {
            throw RuleViolation.onField("password", "confirmation.wrongPassword");
        }
        account.confirmEmail(clock.instant());
        audit.recordAs(accountId, AuditAction.EMAIL_CONFIRMED, SignInRecords.SUBJECT, accountId, null);
    }

    /**
     * Sends a new link to an address whose account waits for confirmation. The answer is the same for any address;
     * asking is throttled like password resets.
     */
    @Transactional
    public void resend(String email) {
        TextRules.requireCleanLine("email", email);
        String normalized = UserAccount.normalizeEmail(email == null ? "" : email);
        if (normalized.isEmpty()) {
            throw RuleViolation.onField("email", "validation.required");
        }
        String address = clientAddress.current().orElse(null);
        Throttle.Verdict verdict = throttle.take(THROTTLE_KEY + normalized, address);
        if (verdict.exhausted()) {
            audit.record(AuditAction.THROTTLED, "email-confirmation", null,
                    address == null ? null : "address=" + address);
        }
        if (!verdict.allowed()) {
            throw new RuleViolation("confirmation.throttled",
                    TimeConfiguration.minuteAfter(verdict.retryAt().orElseThrow()));
        }
        accounts.findByEmail(normalized).filter(UserAccount::awaitsConfirmation).ifPresent(this::sendLink);
    }

    /** A new link for the account's address, e-mailed through the outbox in the caller's transaction. */
    void sendLink(UserAccount account) {
        AccountTokens.Issued link = tokens.issue(account.getId(), AccountToken.EMAIL_CONFIRMATION, VALID_FOR);
        events.publishEvent(new EmailConfirmationRequested(account.getId(), account.getEmail(),
                TranslationProvider.supported(Locale.of(account.getLanguage())), link.token(), link.validUntil()));
    }
}
