package pl.wizyty.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one account and one client address may try ({@code wizyty.throttle.*}, each written
 * {@code attempts/period}, see {@link Limit}).
 *
 * @param signInPerAccount        failed sign-ins for one e-mail address (known or not) before a backoff
 * @param signInPerAddress        failed sign-ins from one client address, whatever the accounts
 * @param registrationPerAccount  registrations tried with one e-mail address
 * @param registrationPerAddress  registrations from one client address
 * @param passwordResetPerAccount password-reset requests for one e-mail address
 * @param passwordResetPerAddress password-reset requests from one client address
 * @param bookingPerAccount       bookings tried by one resident
 * @param bookingPerAddress       bookings tried from one client address
 * @param staffLockAfter          failed sign-ins in a row after which a clerk's or admin's account is locked until an
 *                                admin unlocks it
 */
@ConfigurationProperties(prefix = "wizyty.throttle")
public record ThrottleProperties(
        @DefaultValue("5/10m") Limit signInPerAccount,
        @DefaultValue("30/30m") Limit signInPerAddress,
        @DefaultValue("3/1h") Limit registrationPerAccount,
        @DefaultValue("10/1h") Limit registrationPerAddress,
        @DefaultValue("3/1h") Limit passwordResetPerAccount,
        @DefaultValue("10/1h") Limit passwordResetPerAddress,
        @DefaultValue("10/1h") Limit bookingPerAccount,
        @DefaultValue("30/1h") Limit bookingPerAddress,
        @DefaultValue("10") int staffLockAfter) {
}
