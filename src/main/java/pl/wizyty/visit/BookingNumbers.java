package pl.wizyty.visit;

import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Booking numbers like {@code AK-7Q4M2}: short enough to read over the phone, from an alphabet without look-alikes
 * (no 0/O, 1/I/L), random so that one number says nothing about another.
 */
@Component
class BookingNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 5;

    private final SecureRandom random = new SecureRandom();
    private final String prefix;

    BookingNumbers(BookingProperties properties) {
        this.prefix = properties.bookingNumberPrefix();
    }

    String next() {
        StringBuilder number = new StringBuilder(prefix).append('-');
        for (int i = 0; i < LENGTH; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** Accepts what a person typed or a link carried: any case, spaces around. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }
}
