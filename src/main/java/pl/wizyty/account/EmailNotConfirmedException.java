package pl.wizyty.account;

import java.io.Serial;
import org.springframework.security.authentication.AccountStatusException;

/**
 * The right password for an account whose owner has not confirmed the address yet. Only someone who knew the
 * password learns this; the sign-in page then offers to send the link again.
 */
public class EmailNotConfirmedException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    public EmailNotConfirmedException() {
        super("E-mail address not confirmed");
    }
}
