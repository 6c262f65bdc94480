package pl.wizyty.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A time at which a visit for a matter can start, with how many desks are still free then. */
public record FreeSlot(Instant start, Instant end, LocalDateTime localStart, int freeDesks) {

    public LocalDate date() {
        return localStart.toLocalDate();
    }

    public LocalTime time() {
        return localStart.toLocalTime();
    }
}
