package pl.wizyty.security;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** The portal's throttles, one per thing worth guessing or hoarding; the features that own each ask theirs. */
@Component
public class Throttles {

    private final Throttle signIn;
    private final Throttle registration;
    private final Throttle passwordReset;
    private final Throttle booking;
    private final int staffLockAfter;

    Throttles(ThrottleProperties limits, Clock clock) {
        this.signIn = new Throttle(limits.signInPerAccount(), limits.signInPerAddress(), clock);
        this.registration = new Throttle(limits.registrationPerAccount(), limits.registrationPerAddress(), clock);
        this.passwordReset = new Throttle(limits.passwordResetPerAccount(), limits.passwordResetPerAddress(), clock);
        this.booking = new Throttle(limits.bookingPerAccount(), limits.bookingPerAddress(), clock);
        this.staffLockAfter = limits.staffLockAfter();
    }

    /** Counts failed sign-ins only; the right password forgives the account. */
    public Throttle signIn() {
        return signIn;
    }

    public Throttle registration() {
        return registration;
    }

    /** For the password-reset request (by e-mail link), when that feature asks. */
    public Throttle passwordReset() {
        return passwordReset;
    }

    public Throttle booking() {
        return booking;
    }

    public int staffLockAfter() {
        return staffLockAfter;
    }
}
