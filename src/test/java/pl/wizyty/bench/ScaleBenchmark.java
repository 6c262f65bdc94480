package pl.wizyty.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import pl.wizyty.MutableClock;
import pl.wizyty.TestSecurity;
import pl.wizyty.visit.VisitFilter;
import pl.wizyty.visit.VisitService;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/**
 * Not part of {@code ./mvnw verify}: run it on purpose with
 * {@code ./mvnw -o test -Dtest=ScaleBenchmark} (H2 in memory) or with {@code BENCH_DB_URL}, {@code BENCH_DB_USER}
 * and {@code BENCH_DB_PASSWORD} set for PostgreSQL. It loads {@code bench.visits} visits (default 1,000,000) and
 * times the three slot queries and the first page of Moje wizyty for a resident with 1,000 past visits, through
 * the real services (Spring proxies, transactions, Hibernate), and writes percentiles to target/bench/.
 */
@SpringBootTest
@ActiveProfiles({"test", "bench"})
class ScaleBenchmark {

    private static final int WARMUP = 200;
    private static final int MEASURED = 1000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlotService slots;
    @Autowired
    VisitService visits;
    @Autowired
    MutableClock clock;

    @Test
    void slot_queries_and_the_visit_list_at_scale() throws IOException {
        long wanted = Long.getLong("bench.visits", 1_000_000L);
        LocalDate today = LocalDate.of(2026, 12, 7);
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        BenchData data = new BenchData(jdbc);
        long loadStart = System.nanoTime();
        List<BenchData.Office> offices = data.offices(30);
        List<Long> residents = data.residents(2000);
        long inserted = data.visits(offices, residents, today, wanted);
        long heavyResident = data.residents(1).getFirst();
        data.pastVisitsOf(heavyResident, offices.getFirst(), today, 1000);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Long total = jdbc.queryForObject("select count(*) from visit", Long.class);
        assertThat(total).isGreaterThanOrEqualTo(inserted + 1000);

        SplittableRandom random = new SplittableRandom(7);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "database=%s visits=%d load=%.1fs warmup=%d measured=%d",
                dbName(), total, loadSeconds, WARMUP, MEASURED));
        report.add(time("calendar (30 days)", i -> {
            BenchData.Office o = offices.get(random.nextInt(offices.size()));
            assertThat(slots.calendar(o.matterId(), o.officeId(), today, today.plusDays(30)).freeDays()).isNotNull();
        }));
        report.add(time("freeSlotsOn (one day)", i -> {
            BenchData.Office o = offices.get(random.nextInt(offices.size()));
            slots.freeSlotsOn(o.matterId(), o.officeId(), today.plusDays(random.nextInt(30)));
        }));
        report.add(time("nearestFreeSlots (5)", i -> {
            BenchData.Office o = offices.get(random.nextInt(offices.size()));
            assertThat(slots.nearestFreeSlots(o.matterId(), o.officeId(), clock.instant(), 5)).hasSize(5);
        }));
        SignedInUser heavy = new SignedInUser(heavyResident, "heavy@example.pl", "B", Roles.RESIDENT, "", true);
        report.add(time("Moje wizyty first page (PAST, 1,000 visits, page of 50 + count)", i -> {
            TestSecurity.as(heavy, () -> {
                assertThat(visits.myVisits(VisitFilter.PAST, PageRequest.of(0, 50))).hasSize(50);
                return visits.countMyVisits(VisitFilter.PAST);
            });
        }));
        clock.reset();

        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "scale-" + dbName() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private String dbName() {
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        return url != null && url.startsWith("jdbc:postgresql") ? "postgresql" : "h2";
    }

    private static String time(String name, IntConsumer action) {
        for (int i = 0; i < WARMUP; i++) {
            action.accept(i);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            action.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-62s p50=%6.2f ms  p95=%6.2f ms  p99=%6.2f ms  max=%6.2f ms", name,
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 95 / 100] / 1e6, nanos[MEASURED * 99 / 100] / 1e6,
                nanos[MEASURED - 1] / 1e6);
    }
}
