package pl.wizyty.security;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * How many attempts a key may make per period, written {@code attempts/period} in the settings, e.g. {@code 5/10m}.
 * Attempts come back one by one over the period (a greedy refill): after five failures in a row with {@code 5/10m},
 * one more try every two minutes.
 */
public record Limit(int attempts, Duration period) {

    public Limit {
        if (attempts < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt per positive period");
        }
    }

    /** Reads {@code 5/10m}; Spring's binder finds this method for settings. */
    public static Limit valueOf(String text) {
        String[] parts = text.strip().split("/", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("A limit is written attempts/period, e.g. 5/10m: " + text);
        }
        return new Limit(Integer.parseInt(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip()));
    }
}
