package pl.wizyty.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now": every rule that depends on time asks this clock, so tests can stand at any moment. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    /** The Warsaw time, to the minute, by which the given moment has passed: "try again after 14:33". */
    public static LocalTime minuteAfter(Instant moment) {
        return moment.atZone(ZONE).toLocalTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
