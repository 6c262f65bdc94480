package pl.wizyty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import pl.wizyty.base.TimeConfiguration;

/** A clock tests can stand still or move; it follows the real time until a test sets it. */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        this.fixed = instant;
    }

    public void set(LocalDateTime warsawTime) {
        set(warsawTime.atZone(TimeConfiguration.ZONE).toInstant());
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.ZONE;
    }

    /** Asking for Warsaw again (as the admin screens do) is this clock; any other zone is a mistake. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (TimeConfiguration.ZONE.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("The application runs in Europe/Warsaw only");
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Clock.systemUTC().instant();
    }
}
