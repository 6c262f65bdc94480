package pl.wizyty.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pl.wizyty.MutableClock;

class ThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final Instant start = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void the_attempt_that_takes_the_last_token_is_allowed_and_the_next_waits_until_one_comes_back() {
        clock.set(start);
        Throttle throttle = new Throttle(Limit.valueOf("3/30m"), Limit.valueOf("100/1h"), clock);

        assertThat(throttle.take("anna", "10.0.0.1").allowed()).isTrue();
        assertThat(throttle.take("anna", "10.0.0.1").exhausted()).isFalse();
        Throttle.Verdict last = throttle.take("anna", "10.0.0.1");
        Throttle.Verdict refused = throttle.take("anna", "10.0.0.1");

        assertThat(last.allowed()).isTrue();
        assertThat(last.exhausted()).isTrue();
        assertThat(last.retryAt()).contains(start.plus(Duration.ofMinutes(10)));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAt()).contains(start.plus(Duration.ofMinutes(10)));
        assertThat(throttle.take("jan", "10.0.0.1").allowed()).as("another account").isTrue();

        clock.set(start.plus(Duration.ofMinutes(10)));
        assertThat(throttle.blockedUntil("anna", "10.0.0.1")).isEmpty();
        assertThat(throttle.take("anna", "10.0.0.1").allowed()).isTrue();
        assertThat(throttle.take("anna", "10.0.0.1").allowed()).as("only one came back").isFalse();
    }

    @Test
    void one_address_trying_many_accounts_is_held_back_as_a_whole() {
        clock.set(start);
        Throttle throttle = new Throttle(Limit.valueOf("5/10m"), Limit.valueOf("4/1h"), clock);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.take("konto" + i, "10.0.0.9").allowed()).isTrue();
        }

        assertThat(throttle.take("nowe-konto", "10.0.0.9").allowed()).isFalse();
        assertThat(throttle.take("nowe-konto", "10.0.0.10").allowed()).as("another address").isTrue();
        assertThat(throttle.take("konto-bez-adresu", null).allowed()).as("no address known").isTrue();
    }

    @Test
    void forgiving_an_account_clears_its_count_but_not_its_address() {
        clock.set(start);
        Throttle throttle = new Throttle(Limit.valueOf("2/10m"), Limit.valueOf("3/1h"), clock);
        throttle.take("anna", "10.0.0.2");
        throttle.take("anna", "10.0.0.2");
        assertThat(throttle.blockedUntil("anna", null)).isPresent();

        throttle.forgive("anna");

        assertThat(throttle.blockedUntil("anna", null)).isEmpty();
        throttle.take("jan", "10.0.0.2");
        assertThat(throttle.blockedUntil("ktokolwiek", "10.0.0.2")).isPresent();
    }

    @Test
    void a_limit_reads_attempts_per_period() {
        assertThat(Limit.valueOf(" 5 / 10m ")).isEqualTo(new Limit(5, Duration.ofMinutes(10)));
        assertThat(Limit.valueOf("30/1h")).isEqualTo(new Limit(30, Duration.ofHours(1)));
    }
}
