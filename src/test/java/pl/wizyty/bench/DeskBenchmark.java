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
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.AgendaFilter;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.ReportService;

/**
 * Not part of {@code ./mvnw verify}: {@code ./mvnw -o test -Dtest=DeskBenchmark} (H2 in memory, or PostgreSQL with
 * {@code BENCH_DB_URL}). Loads {@code bench.visits} visits (default 1,000,000) like {@link ScaleBenchmark}, gives the
 * residents names of their own, then times through the real services: the desk's first page and count of a day,
 * "Szukaj" by number and by name, and a year's report. Percentiles go to target/bench/desk-*.txt.
 */
@SpringBootTest
@ActiveProfiles({"test", "bench"})
class DeskBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeskService desk;
    @Autowired
    ReportService reports;
    @Autowired
    MutableClock clock;

    @Test
    void the_desk_at_a_million_visits() throws IOException {
        long wanted = Long.getLong("bench.visits", 1_000_000L);
        LocalDate today = LocalDate.of(2026, 12, 7);
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        BenchData data = new BenchData(jdbc);
        List<BenchData.Office> offices = data.offices(30);
        List<Long> residents = data.residents(2000);
        data.visits(offices, residents, today, wanted);
        jdbc.update("update user_account set last_name = concat('Nazwisko', id), first_name = concat('Imie', id),"
                + " last_name_key = lower(concat('Nazwisko', id)), first_name_key = lower(concat('Imie', id))"
                + " where email like 'bench%'");
        Long total = jdbc.queryForObject("select count(*) from visit", Long.class);
        List<String> numbers = jdbc.queryForList("select booking_number from visit where office_id = ?"
                + " order by id fetch first 1000 rows only", String.class, offices.getFirst().officeId());
        SignedInUser admin = new SignedInUser(-1, "bench-admin@example.pl", "A", Roles.ADMIN, "", true);
        SplittableRandom random = new SplittableRandom(11);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "database=%s visits=%d", dbName(), total));
        TestSecurity.as(admin, () -> {
            report.add(time("agenda: a day's first page of 50 + count", 200, 1000, i -> {
                BenchData.Office o = offices.get(random.nextInt(offices.size()));
                AgendaFilter day = AgendaFilter.day(o.officeId(), today.minusDays(random.nextInt(200)));
                desk.agenda(day, PageRequest.of(0, 50));
                desk.countAgenda(day);
            }));
            report.add(time("search by booking number", 200, 1000, i ->
                    assertThat(desk.search(numbers.get(random.nextInt(numbers.size())), PageRequest.of(0, 50)))
                            .hasSize(1)));
            report.add(time("search by name (first page of 50 + count)", 200, 1000, i -> {
                String name = "Nazwisko" + residents.get(random.nextInt(residents.size()));
                desk.search(name, PageRequest.of(0, 50));
                desk.countSearch(name);
            }));
            report.add(time("report of an office for a year", 3, 20, i -> {
                BenchData.Office o = offices.get(random.nextInt(offices.size()));
                assertThat(reports.report(o.officeId(), today.minusDays(365), today).total().booked())
                        .isPositive();
            }));
            return null;
        });
        clock.reset();
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "desk-" + dbName() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private String dbName() {
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        return url != null && url.startsWith("jdbc:postgresql") ? "postgresql" : "h2";
    }

    private static String time(String name, int warmup, int measured, IntConsumer action) {
        for (int i = 0; i < warmup; i++) {
            action.accept(i);
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            action.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-50s p50=%7.2f ms  p95=%7.2f ms  max=%7.2f ms", name,
                nanos[measured / 2] / 1e6, nanos[measured * 95 / 100] / 1e6, nanos[measured - 1] / 1e6);
    }
}
