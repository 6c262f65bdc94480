package pl.wizyty.schedule;

import java.time.Instant;
import java.util.List;

/**
 * Where a visit would sit: its start and end, the slot units it covers, and the desks free for it then, in the order
 * to try them. Computed once per booking or move; holding a desk uses the units as they are.
 */
public record Placement(long matterId, long officeId, Instant start, Instant end, List<Instant> units,
        List<Long> freeDesks) {

    public Placement {
        units = List.copyOf(units);
        freeDesks = List.copyOf(freeDesks);
    }
}
