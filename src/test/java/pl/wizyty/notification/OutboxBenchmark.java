package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import pl.wizyty.MutableClock;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.bench.BenchData;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;

/**
 * Not part of {@code ./mvnw verify}: {@code ./mvnw -o test -Dtest=OutboxBenchmark} (H2 in memory, or PostgreSQL with
 * {@code BENCH_DB_URL}). Two measurements, in one run:
 * <ol>
 * <li>the server time of a booking through the real service with the outbox (the listener that writes the
 * confirmation and plans the reminder, inside the booking's transaction) and without it (the listener taken off the
 * event multicaster), in alternating rounds so that warm-up and drift fall on both alike;</li>
 * <li>the delivery task sending 10,000 queued e-mails to a local SMTP server (GreenMail), every one checked to have
 * arrived.</li>
 * </ol>
 * Results go to target/bench/outbox-*.txt.
 */
@SpringBootTest
@ActiveProfiles({"test", "bench"})
class OutboxBenchmark {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    private static final int ROUNDS = 6;
    private static final int PER_ROUND = 150;

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BookingService booking;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    MutableClock clock;
    @Autowired
    AbstractApplicationContext context;
    @Autowired
    ApplicationEventMulticaster multicaster;

    @Test
    void booking_with_and_without_the_outbox_then_ten_thousand_e_mails() throws IOException {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        OutboxTesting.parkOthers(jdbc);
        BenchData data = new BenchData(jdbc);
        List<BenchData.Office> offices = data.offices(12);
        List<Long> residents = data.residents(ROUNDS * PER_ROUND * 2 + 100);
        List<Instant> starts = workingSlots(LocalDate.of(2026, 12, 8), 20);
        ApplicationListener<?> visitMessages = context.getApplicationListeners().stream()
                .filter(listener -> listener instanceof ApplicationListenerMethodAdapter adapter
                        && adapter.getListenerId().startsWith(VisitMessages.class.getName()))
                .findFirst().orElseThrow();

        int[] next = {0};
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "database=%s", dbName()));
        // Warm-up, both ways.
        book(offices, residents, starts, next, 100);
        long[][] with = new long[ROUNDS][];
        long[][] without = new long[ROUNDS][];
        for (int round = 0; round < ROUNDS; round++) {
            long outboxBefore = count("select count(*) from outbox_message");
            with[round] = book(offices, residents, starts, next, PER_ROUND);
            assertThat(count("select count(*) from outbox_message")).isGreaterThanOrEqualTo(outboxBefore + PER_ROUND);
            multicaster.removeApplicationListener(visitMessages);
            try {
                long outboxMid = count("select count(*) from outbox_message");
                without[round] = book(offices, residents, starts, next, PER_ROUND);
                assertThat(count("select count(*) from outbox_message")).as("no messages without the listener")
                        .isEqualTo(outboxMid);
            } finally {
                multicaster.addApplicationListener(visitMessages);
            }
        }
        report.add(summary("booking, with the outbox", merge(with)));
        report.add(summary("booking, without the outbox", merge(without)));

        // Ten thousand e-mails, queued as the visit messages are, then delivered by the task's own code.
        jdbc.update("update outbox_message set status = 'HELD', last_error = 'parked by the benchmark'"
                + " where status = 'PENDING'");
        String body = "Dzień dobry,\n\nwizyta umówiona. ".repeat(20);
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            rows.add(new Object[] {"odbiorca" + (i % 500) + "@example.pl", "Wizyta umówiona " + i, body,
                    "<p>" + body + "</p>", java.sql.Timestamp.from(now), java.sql.Timestamp.from(now),
                    java.sql.Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into outbox_message (channel, kind, status, recipient, language, subject, body_text,"
                + " body_html, created_at, due_at, next_attempt_at, attempts, version)"
                + " values ('EMAIL', 'VISIT_BOOKED', 'PENDING', ?, 'pl', ?, ?, ?, ?, ?, ?, 0, 0)", rows);
        long start = System.nanoTime();
        int sent = 0;
        int handled;
        do {
            handled = delivery.deliverDue();
            sent += handled;
        } while (handled > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(sent).isEqualTo(MESSAGES);
        assertThat(smtp.getReceivedMessages()).hasSize(MESSAGES);
        assertThat(count("select count(*) from outbox_message where status = 'SENT' and subject like 'Wizyta umówiona %'"))
                .isEqualTo(MESSAGES);
        report.add(String.format(Locale.ROOT, "delivered %d e-mails to GreenMail in %.1f s: %.0f messages/s, "
                + "%.2f ms each (batch %d, one SMTP connection per message)", MESSAGES, seconds, MESSAGES / seconds,
                seconds * 1000 / MESSAGES, 200));

        Path out = Path.of("target", "bench", "outbox-" + dbName() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** Books {@code count} visits, each by a resident of its own, at the next free office and time. */
    private long[] book(List<BenchData.Office> offices, List<Long> residents, List<Instant> starts, int[] next,
            int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            int n = next[0]++;
            BenchData.Office office = offices.get(n % offices.size());
            Instant start = starts.get(n / offices.size());
            long residentId = residents.get(n);
            SignedInUser resident = new SignedInUser(residentId, "bench" + n + "@example.pl", "B", Roles.RESIDENT,
                    "", true);
            long begin = System.nanoTime();
            TestSecurity.as(resident, () -> booking.book(new BookingRequest(office.matterId(), office.officeId(),
                    start, "mieszkaniec" + n + "@example.pl", null, null, null)));
            nanos[i] = System.nanoTime() - begin;
        }
        return nanos;
    }

    /** Quarter-hour starts on the weekdays from {@code from}, 8:00 to 15:45, {@code days} weekdays long. */
    private static List<Instant> workingSlots(LocalDate from, int days) {
        List<Instant> starts = new ArrayList<>();
        LocalDate day = from;
        for (int d = 0; d < days; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (LocalTime time = LocalTime.of(8, 0); time.isBefore(LocalTime.of(16, 0)); time = time.plusMinutes(15)) {
                starts.add(day.atTime(time).atZone(TimeConfiguration.ZONE).toInstant());
            }
            d++;
        }
        return starts;
    }

    private static long[] merge(long[][] rounds) {
        return Arrays.stream(rounds).flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static String summary(String name, long[] sorted) {
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%-30s n=%d  mean=%6.2f ms  p50=%6.2f ms  p95=%6.2f ms  max=%7.2f ms", name,
                sorted.length, mean, sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 95 / 100] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private String dbName() {
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        return url != null && url.startsWith("jdbc:postgresql") ? "postgresql" : "h2";
    }
}
