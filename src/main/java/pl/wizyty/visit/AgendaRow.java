package pl.wizyty.visit;

import java.time.Instant;

/** A visit as a line of the clerk's agenda: who comes, when, to which desk, for what, and what they need. */
public record AgendaRow(long id, String bookingNumber, Instant startsAt, Instant endsAt, String residentName,
        String contactPhone, String contactEmail, String matterName, VisitStatus status, String accessibilityNeeds,
        String note, long version, long deskId, String deskName) {
}
