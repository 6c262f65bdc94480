package pl.wizyty.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.security.Throttle;
import pl.wizyty.security.Throttles;

/**
 * The sign-in form's authentication: the password check, guarded. Before it, a backoff: after too many failures for
 * the e-mail address or from the client address the attempt is refused with the time to try again, the same answer
 * whether or not the account exists, and even with the right password. After it, a locked (staff) or disabled
 * account is refused, but only to someone who knew the password, so a guesser learns nothing. Every attempt is
 * audited.
 */
@Component
class SignInGuard implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final Throttle throttle;
    private final SignInRecords records;

    SignInGuard(UserDetailsService users, PasswordEncoder passwordEncoder, Throttles throttles,
            SignInRecords records) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> { });
        this.passwords = new ProviderManager(provider);
        this.throttle = throttles.signIn();
        this.records = records;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = UserAccount.normalizeEmail(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Instant> blocked = throttle.blockedUntil(email, address);
        if (blocked.isPresent()) {
            throw new SignInBackoffException(blocked.get());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            records.failed(email, address);
            Throttle.Verdict verdict = throttle.take(email, address);
            if (verdict.exhausted()) {
                records.backoffBegan(email, address);
            }
            throw verdict.retryAt().<RuntimeException>map(SignInBackoffException::new).orElse(wrong);
        }
        long accountId = ((SignedInUser) signedIn.getPrincipal()).accountId();
        UserAccount account = records.find(accountId).orElseThrow(() -> new BadCredentialsException("Gone"));
        if (account.isLocked() || !account.isEnabled() || !account.isEmailConfirmed()) {
            records.refused(accountId, address, account.isLocked() || !account.isEnabled() ? AuditAction.SIGN_IN_LOCKED
                    : AuditAction.SIGN_IN_UNCONFIRMED);
            if (account.isLocked()) {
                throw new LockedException("Locked");
            }
            throw account.isEnabled() ? new EmailNotConfirmedException() : new DisabledException("Disabled");
        }
        throttle.forgive(email);
        records.succeeded(accountId, address);
        return signedIn;
    }
}
