package pl.wizyty.visit;

import java.time.Instant;

/** A visit as one row of a list: read with one query for a whole page, no lazy loading. */
public record VisitRow(long id, String bookingNumber, Instant startsAt, Instant endsAt, String matterName,
        String officeName, String room, VisitStatus status, long version) {
}
