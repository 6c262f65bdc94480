package pl.wizyty.account;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this e-mail address or from this client address: the next try is refused until
 * {@link #retryAt()}, whatever the password. Thrown alike for an account that exists and one that does not, so the
 * answer tells nothing about which e-mail addresses have an account.
 */
public class SignInBackoffException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public SignInBackoffException(Instant retryAt) {
        super("Too many failed sign-ins; retry at " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
