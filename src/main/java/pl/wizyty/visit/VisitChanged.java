package pl.wizyty.visit;

import java.time.Instant;

/**
 * What happened to a visit, published once per change inside the transaction that made it, so a listener (the
 * notification outbox, a report) can write in that same transaction: it commits with the change or not at all.
 */
public sealed interface VisitChanged {

    long visitId();

    long residentId();

    Acting by();

    record VisitBooked(long visitId, long residentId, Acting by, Instant startsAt) implements VisitChanged {
    }

    record VisitMoved(long visitId, long residentId, Acting by, Instant from, Instant to) implements VisitChanged {
    }

    record VisitCancelled(long visitId, long residentId, Acting by, Instant startsAt, String reason)
            implements VisitChanged {
    }

    record AttendanceRecorded(long visitId, long residentId, Acting by, boolean present) implements VisitChanged {
    }
}
