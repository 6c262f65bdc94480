package pl.wizyty.account;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.security.Throttles;

/**
 * What a sign-in attempt leaves behind in the database: the staff lock count and the audit trail. Each method is
 * one transaction; the account row is locked while its count changes.
 */
@Component
class SignInRecords {

    static final String SUBJECT = "account";

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Throttles throttles;
    private final Clock clock;

    SignInRecords(UserAccountRepository accounts, AuditLog audit, Throttles throttles, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttles = throttles;
        this.clock = clock;
    }

    /** A wrong password (or an unknown e-mail): audited, and counted towards a staff lock. */
    @Transactional
    public void failed(String email, String address) {
        Optional<UserAccount> account = accounts.findByEmailForUpdate(email);
        Long id = account.map(UserAccount::getId).orElse(null);
        audit.recordAs(null, AuditAction.SIGN_IN_FAILED, SUBJECT, id, details(address));
        if (account.isPresent() && account.get().recordFailedSignIn(throttles.staffLockAfter(), clock.instant())) {
            audit.recordAs(null, AuditAction.ACCOUNT_LOCKED, SUBJECT, id, details(address));
        }
    }

    /** The sign-in backoff began for this e-mail address or client address. */
    @Transactional
    public void backoffBegan(String email, String address) {
        Long id = accounts.findByEmail(email).map(UserAccount::getId).orElse(null);
        audit.recordAs(null, AuditAction.SIGN_IN_LOCKED, SUBJECT, id, details(address));
    }

    /**
     * The right password for an account that is locked, disabled ({@code SIGN_IN_LOCKED}) or not confirmed yet
     * ({@code SIGN_IN_UNCONFIRMED}): refused, and audited as such.
     */
    @Transactional
    public void refused(long accountId, String address, AuditAction why) {
        audit.recordAs(null, why, SUBJECT, accountId, details(address));
    }

    /** Whether the account may sign in now (neither locked nor disabled). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long accountId) {
        return accounts.findById(accountId);
    }

    @Transactional
    public void succeeded(long accountId, String address) {
        accounts.findByIdForUpdate(accountId).ifPresent(UserAccount::recordSignIn);
        audit.recordAs(accountId, AuditAction.SIGN_IN, SUBJECT, accountId, details(address));
    }

    private static String details(String address) {
        return address == null ? null : "address=" + address;
    }
}
