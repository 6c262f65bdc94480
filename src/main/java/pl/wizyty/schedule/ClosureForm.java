package pl.wizyty.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A closure as the admin screen asks for it: an office (or, with {@code officeId} null, every office: the town
 * hall's own day off), optionally one desk, the days, optionally part of each day, and the reason residents read.
 */
public record ClosureForm(Long officeId, Long deskId, LocalDate firstDay, LocalDate lastDay, LocalTime fromTime,
        LocalTime toTime, String reason) {
}
