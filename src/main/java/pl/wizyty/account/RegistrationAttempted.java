package pl.wizyty.account;

import java.util.Locale;

/**
 * Someone tried to register with an address that already has an account. The page answers as for any registration;
 * the owner of the address is told by e-mail, with what to do if it was them (sign in, or reset the password).
 */
public record RegistrationAttempted(long accountId, String email, Locale language) {
}
