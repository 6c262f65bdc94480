package pl.wizyty.schedule;

import java.time.LocalDate;

/** The first and the last day a matter can be booked for, as of now. */
public record BookingWindow(LocalDate firstDay, LocalDate lastDay) {
}
