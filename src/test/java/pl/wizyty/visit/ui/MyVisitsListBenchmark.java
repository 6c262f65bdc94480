package pl.wizyty.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.bench.BenchData;
import pl.wizyty.visit.VisitFilter;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/**
 * Not part of {@code ./mvnw verify} (no Test suffix); run with {@code ./mvnw test -Dtest=MyVisitsListBenchmark}.
 * Server time for a resident with 1,000 past visits to open Moje wizyty, switch to "Minione" and get the first page
 * of the grid rendered: the view, its services, the lazy data provider and the card renderer, without a browser.
 */
class MyVisitsListBenchmark extends BrowserlessTestBase {

    private static final int WARMUP = 30;
    private static final int MEASURED = 200;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    MutableClock clock;

    @Test
    void opening_the_list_of_a_resident_with_1000_past_visits() throws IOException {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        try {
            ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
            SignedInUser resident = signInAsNewResident();
            new BenchData(jdbc).pastVisitsOf(resident.accountId(),
                    new BenchData.Office(office.officeId(), office.matterId(), office.deskIds()),
                    LocalDate.of(2026, 12, 7), 1000);

            long[] nanos = new long[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long start = System.nanoTime();
                MyVisitsView view = navigate(MyVisitsView.class);
                test(view.filterButtons.get(VisitFilter.PAST)).click();
                int rows = test(view.grid).size();
                String firstCard = test(view.grid).getCellText(0, 0);
                long took = System.nanoTime() - start;
                assertThat(rows).isEqualTo(1000);
                assertThat(firstCard).isNotBlank();
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = took;
                }
            }
            Arrays.sort(nanos);
            String line = String.format(Locale.ROOT,
                    "Moje wizyty, 1,000 past visits, open + Minione + first page: p50=%.1f ms p95=%.1f ms max=%.1f ms",
                    nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 95 / 100] / 1e6, nanos[MEASURED - 1] / 1e6);
            System.out.println(line);
            Path out = Path.of("target", "bench", "my-visits-view.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, List.of(line));
        } finally {
            clock.reset();
        }
    }
}
