package pl.wizyty.visit;

import java.time.Instant;

/** A visit as a line of the clerk's agenda for one day: who comes, when, for what, and what they need. */
public record AgendaRow(long id, String bookingNumber, Instant startsAt, Instant endsAt, String residentName,
        String contactPhone, String contactEmail, String matterName, VisitStatus status, String accessibilityNeeds,
        String note, long version, long deskId) {
}
