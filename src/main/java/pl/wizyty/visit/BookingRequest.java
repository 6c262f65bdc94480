package pl.wizyty.visit;

import java.time.Instant;

/** What a resident confirms with "Umów wizytę". */
public record BookingRequest(long matterId, long officeId, Instant start, String contactEmail, String contactPhone,
        String note, String accessibilityNeeds) {
}
