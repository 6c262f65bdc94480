package pl.wizyty.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A closure as a line of the admin list. */
public record ClosureRow(long id, String officeName, String deskName, LocalDate firstDay, LocalDate lastDay,
        LocalTime fromTime, LocalTime toTime, String reason) {
}
