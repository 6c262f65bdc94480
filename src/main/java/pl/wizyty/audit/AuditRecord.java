package pl.wizyty.audit;

import java.time.Instant;

/** An audit entry as an admin reads it. */
public record AuditRecord(long id, Instant occurredAt, Long actorId, String actorName, AuditAction action,
        String subjectType, Long subjectId, String details) {
}
