package pl.wizyty.visit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Booking rules a municipality may tune ({@code wizyty.booking.*}).
 *
 * @param maxActivePerMatter  how many upcoming visits one resident may hold for the same matter
 * @param maxActiveTotal      how many upcoming visits one resident may hold in all, whatever the matters
 * @param changeCutoff        how long before the start a resident can still move or cancel a visit
 * @param attendanceFrom      how long before the start the office can record that the resident came
 * @param bookingNumberPrefix the letters before the booking number, e.g. "AK" in AK-7Q4M2
 */
@ConfigurationProperties(prefix = "wizyty.booking")
public record BookingProperties(
        @DefaultValue("2") int maxActivePerMatter,
        @DefaultValue("4") int maxActiveTotal,
        @DefaultValue("2h") Duration changeCutoff,
        @DefaultValue("60m") Duration attendanceFrom,
        @DefaultValue("AK") String bookingNumberPrefix) {
}
