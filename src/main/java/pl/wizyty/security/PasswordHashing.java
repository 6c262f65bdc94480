package pl.wizyty.security;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: BCrypt at work factor {@value #BCRYPT_STRENGTH}, stored with the {@code {bcrypt}} prefix.
 *
 * <p>The choice, from PasswordHashingBenchmark on this project's 2-core machines (README, "Password hashing"): OWASP's
 * Password Storage Cheat Sheet asks for BCrypt at a work factor of at least 10 (or Argon2id, which would add
 * BouncyCastle for no gain here). Measured on 2026-11-30: one check at 10 costs 67 ms of one core and two cores check
 * at most 28.5 sign-ins per second; at 11 it is 128 ms and 14.5 per second, at 12 259 ms and 7.5 per second. Sign-ins are throttled per
 * account and per address (5 failures), and a rush on a town hall's portal is a few sign-ins per second, so 10 keeps
 * the ceiling well above the rush while meeting the guidance. Raise it when the machines get faster: hashes made at
 * the old factor keep working (BCrypt stores its factor in the hash).
 */
public final class PasswordHashing {

    public static final int BCRYPT_STRENGTH = 10;

    private PasswordHashing() {
    }

    static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_STRENGTH)));
    }
}
