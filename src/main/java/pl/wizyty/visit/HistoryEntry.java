package pl.wizyty.visit;

import java.time.Instant;

/** A line of a visit's history as a resident reads it. */
public record HistoryEntry(Instant at, Actor by, VisitEventKind kind, Instant fromStart, Instant toStart,
        String reason) {
}
