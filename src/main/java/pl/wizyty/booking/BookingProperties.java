package pl.wizyty.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Booking rules a municipality may tune ({@code wizyty.booking.*}).
 *
 * @param maxActivePerMatter  how many upcoming visits one resident may hold for the same matter
 * @param changeCutoff        how long before the start a resident can still move or cancel a visit
 * @param bookingNumberPrefix the letters before the booking number, e.g. "AK" in AK-7Q4M2
 */
@ConfigurationProperties(prefix = "wizyty.booking")
public record BookingProperties(
        @DefaultValue("2") int maxActivePerMatter,
        @DefaultValue("2h") Duration changeCutoff,
        @DefaultValue("AK") String bookingNumberPrefix) {
}
