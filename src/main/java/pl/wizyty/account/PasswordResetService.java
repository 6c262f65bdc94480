package pl.wizyty.account;

import jakarta.annotation.security.RolesAllowed;
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
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.security.AccountSessions;
import pl.wizyty.security.ClientAddress;
import pl.wizyty.security.Roles;
import pl.wizyty.security.Throttle;
import pl.wizyty.security.Throttles;

/**
 * "Nie pamiętasz hasła?": anyone may ask for a one-time link for an e-mail address. The answer is the same whether or
 * not the address has an account; only an existing, enabled account gets the e-mail. The link is valid 30 minutes
 * and works once; asking is throttled per address and per client.
 */
@Service
public class PasswordResetService {

    static final Duration VALID_FOR = Duration.ofMinutes(30);

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final Throttle throttle;
    private final ClientAddress clientAddress;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    PasswordResetService(UserAccountRepository accounts, AccountTokens tokens,
            PasswordEncoder passwordEncoder, Throttles throttles, ClientAddress clientAddress, AuditLog audit,
            AccountSessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttles.passwordReset();
        this.clientAddress = clientAddress;
        this.audit = audit;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a reset link to the address if it has an account; says nothing either way. */
    @Transactional
    public void requestReset(String email) {
        String normalized = UserAccount.normalizeEmail(email == null ? "" : email);
        if (normalized.isEmpty()) {
            throw RuleViolation.onField("email", "validation.required");
        }
        String address = clientAddress.current().orElse(null);
        Throttle.Verdict verdict = throttle.take(normalized, address);
        if (verdict.exhausted()) {
            audit.record(AuditAction.THROTTLED, "password-reset", null, address == null ? null : "address=" + address);
        }
        if (!verdict.allowed()) {
            throw new RuleViolation("passwordReset.throttled",
                    TimeConfiguration.minuteAfter(verdict.retryAt().orElseThrow()));
        }
        accounts.findByEmail(normalized).filter(UserAccount::isEnabled).ifPresent(this::sendLink);
    }

    /**
     * An admin sends a staff member the same one-time link (a forgotten password, or a new colleague's first one).
     * The old password stops working at once and the staff member's sessions end, so a suspected leak is closed
     * before the link is even opened.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void sendLinkToStaff(long accountId) {
        UserAccount account = accounts.findByIdForUpdate(accountId).filter(UserAccount::isStaff)
                .orElseThrow(() -> new RuleViolation("account.notFound"));
        account.changePasswordHash(passwordEncoder.encode(tokens.unguessable()));
        sendLink(account);
        audit.record(AuditAction.STAFF_PASSWORD_RESET, SignInRecords.SUBJECT, accountId, "link");
        sessions.endAll(accountId);
    }

    private void sendLink(UserAccount account) {
        AccountTokens.Issued link = tokens.issue(account.getId(), AccountToken.PASSWORD_RESET, VALID_FOR);
        events.publishEvent(new PasswordResetRequested(account.getId(), account.getEmail(),
                TranslationProvider.supported(Locale.of(account.getLanguage())), link.token(), link.validUntil()));
    }

    /**
     * Sets a new password with the link's token; the token is spent, and every session of the account ends. Whoever
     * opened the link reads that mailbox, so an address still waiting for confirmation is confirmed too.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        long accountId = tokens.spend(token, AccountToken.PASSWORD_RESET)
                .orElseThrow(() -> new RuleViolation("passwordReset.invalidLink"));
        UserAccount account = accounts.findByIdForUpdate(accountId).orElseThrow(
                () -> new RuleViolation("passwordReset.invalidLink"));
        passwordPolicy.check(newPassword, account.getEmail()).ifPresent(key -> {
            throw RuleViolation.onField("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        String hash = passwordEncoder.encode(newPassword);
        if (account.isClaimed()) {
            account.changePasswordHash(hash);
        } else {
            // An office record whose owner proved the mailbox: it is theirs now, and no registration can claim it.
            account.claim(hash);
        }
        account.confirmEmail(clock.instant());
        audit.recordAs(account.getId(), AuditAction.PASSWORD_RESET, SignInRecords.SUBJECT, account.getId(), null);
        sessions.endAll(account.getId());
    }
}
