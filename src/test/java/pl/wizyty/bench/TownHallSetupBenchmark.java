package pl.wizyty.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.admin.TownHallSetup;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.ClosureForm;
import pl.wizyty.schedule.PublicHolidays;
import pl.wizyty.schedule.WeekHours;
import pl.wizyty.visit.OfficeVisits;

/**
 * Not part of {@code ./mvnw verify}: run it on purpose with {@code ./mvnw -o test -Dtest=TownHallSetupBenchmark}
 * (H2 in memory) or with {@code BENCH_DB_URL}, {@code BENCH_DB_USER} and {@code BENCH_DB_PASSWORD} set for
 * PostgreSQL. One office (four desks, 8:00–16:00 on weekdays) has {@code bench.officeVisits} booked future visits
 * (default 10,000: every slot of about 16 weeks), in a database of {@code bench.backgroundVisits} more visits of 20
 * other offices (default 200,000). An admin, signed in as the tests do, then previews a closure, saves opening hours
 * (once keeping every visit inside, once stranding half of them) and closes the office with "Odwołaj wizyty", through
 * the real services. Each cancelling closure takes days of its own; after each, the office is topped up with as many
 * new booked visits, so every run starts from the full number. Percentiles of wall time and of the calling thread's
 * CPU time (on a shared machine the wall time also counts waiting for a core), statement counts and the system load
 * go to target/bench/.
 */
@SpringBootTest
@ActiveProfiles({"test", "bench"})
class TownHallSetupBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final int PAGE = 50;
    /** A part-day closure 8:00–14:15 hits 25 units on each of four desks: 100 visits per booked day. */
    private static final LocalTime CLOSED_FROM = LocalTime.of(8, 0);
    private static final LocalTime CLOSED_TO = LocalTime.of(14, 15);
    private static final int HIT_PER_DAY = 100;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TownHallSetup setup;
    @Autowired
    OfficeVisits officeVisits;
    @Autowired
    MutableClock clock;
    @Autowired
    Residents people;
    @Autowired
    PublicHolidays holidays;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final List<String> report = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private Statistics statistics;

    @Test
    void saving_hours_and_closures_for_an_office_with_10000_future_visits() throws IOException {
        int officeVisitCount = Integer.getInteger("bench.officeVisits", 10_000);
        long backgroundCount = Long.getLong("bench.backgroundVisits", 200_000L);
        clock.set(TODAY.atTime(7, 30));
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            TestSecurity.signIn(people.admin("bench-admin"));
            run(officeVisitCount, backgroundCount);
        } finally {
            TestSecurity.signOut();
            statistics.setStatisticsEnabled(false);
            clock.reset();
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "town-hall-setup-" + dbName() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private void run(int officeVisitCount, long backgroundCount) {
        BenchData data = new BenchData(jdbc);
        long loadStart = System.nanoTime();
        List<Long> residents = data.residents(2000);
        data.visits(data.offices(20), residents, TODAY, backgroundCount);
        BenchData.Office office = data.offices(1).getFirst();
        long officeId = office.officeId();
        List<LocalDate> booked = new ArrayList<>(
                data.bookedVisits(office, residents, TODAY.plusDays(1), officeVisitCount, holidays::isHoliday));
        // Only fully booked days are used for closures, so that each hits exactly 100 visits a day.
        List<LocalDate> fullDays = new ArrayList<>(booked.subList(0, booked.size() - 1));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        assertThat(bookedFuture(officeId)).isEqualTo(officeVisitCount);
        long allVisits = jdbc.queryForObject("select count(*) from visit", Long.class);
        report.add(String.format(Locale.ROOT, "database=%s visits=%d office=%d booked future visits on %d days "
                        + "(%s..%s) load=%.1fs", dbName(), allVisits, officeVisitCount, booked.size(),
                booked.getFirst(), booked.getLast(), loadSeconds));

        // 1. The preview of a closure hitting 1,000 visits: the count and the first page, as the Zamknięcia screen.
        ClosureForm preview = closure(officeId, fullDays.get(0), fullDays.get(9), "Podgląd");
        assertThat(officeVisits.countHitByClosure(preview)).isEqualTo(10L * HIT_PER_DAY);
        report.add(time("closure preview: countHitByClosure + hitByClosure page of 50 (1,000 hit)", 20, 50, () -> {
            assertThat(officeVisits.countHitByClosure(preview)).isEqualTo(1000);
            assertThat(officeVisits.hitByClosure(preview, PageRequest.of(0, PAGE))).hasSize(PAGE);
        }));

        // 2a. New hours from today that keep every visit inside: the check reads all of them and finds none outside.
        WeekHours wider = weekdays(TODAY, LocalTime.of(7, 30), LocalTime.of(16, 30));
        assertThat(officeVisits.countOutsideHours(officeId, wider)).isZero();
        report.add(time("saveHours, all " + officeVisitCount + " visits inside (saved)", 10, 30,
                () -> setup.saveHours(officeId, wider)));

        // 2b. New hours that would strand the afternoon visits: refused, then the count and first page of the list.
        WeekHours mornings = weekdays(TODAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
        long stranded = officeVisits.countOutsideHours(officeId, mornings);
        assertThat(stranded).isEqualTo(officeVisitCount - morningVisits(officeVisitCount));
        report.add(time("saveHours refused (" + stranded + " stranded) + countOutsideHours + page of 50", 10, 30,
                () -> {
                    assertThatThrownBy(() -> setup.saveHours(officeId, mornings))
                            .isInstanceOf(RuleViolation.class);
                    assertThat(officeVisits.countOutsideHours(officeId, mornings)).isEqualTo(stranded);
                    assertThat(officeVisits.outsideHours(officeId, mornings, PageRequest.of(0, PAGE))).hasSize(PAGE);
                }));
        // A closure that hits no visit is saved by close() after the same check (here on a Saturday).
        report.add(time("close (no visit hit, a Saturday): check + save", 10, 30,
                () -> setup.close(closure(officeId, TODAY.plusDays(5), TODAY.plusDays(5), "Sobota"))));

        // 3. "Odwołaj wizyty": each run on days of its own, then the office is topped up to the full number again.
        Cursor days = new Cursor(fullDays, booked);
        report.add(cancelling(data, office, residents, days, booked, 10, 1, 5, officeVisitCount));
        report.add(cancelling(data, office, residents, days, booked, 1, 3, 10, officeVisitCount));
        assertThat(bookedFuture(officeId)).isEqualTo(officeVisitCount);
    }

    /** Times closeAndCancel of closures each hitting {@code days} booked days (100 visits a day). */
    private String cancelling(BenchData data, BenchData.Office office, List<Long> residents, Cursor cursor,
            List<LocalDate> booked, int days, int warmup, int measured, int officeVisitCount) {
        int hit = days * HIT_PER_DAY;
        return timeEach("closeAndCancel, " + hit + " visits cancelled (" + officeVisitCount + " booked)", warmup,
                measured, new Timed() {
                    private ClosureForm next;

                    @Override
                    public void before() {
                        List<LocalDate> window = cursor.take(days);
                        next = closure(office.officeId(), window.getFirst(), window.getLast(), "Awaria systemu");
                        assertThat(bookedFuture(office.officeId())).isEqualTo(officeVisitCount);
                    }

                    @Override
                    public void run() {
                        assertThat(setup.closeAndCancel(next)).isEqualTo(hit);
                    }

                    @Override
                    public void after() {
                        assertThat(officeVisits.countHitByClosure(next)).isZero();
                        LocalDate from = booked.getLast().plusDays(1);
                        List<LocalDate> added = data.bookedVisits(office, residents, from, hit, holidays::isHoliday);
                        booked.addAll(added);
                        cursor.add(added.subList(0, added.size() - 1));
                    }
                });
    }

    private long bookedFuture(long officeId) {
        return jdbc.queryForObject("select count(*) from visit where office_id = ? and status = 'BOOKED' "
                + "and starts_at > ?", Long.class, officeId,
                java.sql.Timestamp.from(clock.instant()));
    }

    /** How many of the first {@code total} visits (four desks, 8:00–16:00, filled unit by unit) start before 12. */
    private static int morningVisits(int total) {
        int perDay = BenchData.UNITS_PER_DAY * BenchData.DESKS_PER_OFFICE;
        int morningPerDay = 16 * BenchData.DESKS_PER_OFFICE;
        return total / perDay * morningPerDay + Math.min(total % perDay, morningPerDay);
    }

    private static ClosureForm closure(long officeId, LocalDate first, LocalDate last, String reason) {
        return new ClosureForm(officeId, null, first, last, CLOSED_FROM, CLOSED_TO, reason);
    }

    private static WeekHours weekdays(LocalDate from, LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, List<WeekHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(day, List.of(new WeekHours.Interval(opens, closes)));
        }
        return new WeekHours(from, days);
    }

    private String dbName() {
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        return url != null && url.startsWith("jdbc:postgresql") ? "postgresql" : "h2";
    }

    /** One timed action, with untimed preparation and checks around it. */
    private interface Timed {
        default void before() {
        }

        void run();

        default void after() {
        }
    }

    private String time(String name, int warmup, int measured, Runnable action) {
        return timeEach(name, warmup, measured, action::run);
    }

    private String timeEach(String name, int warmup, int measured, Timed action) {
        for (int i = 0; i < warmup; i++) {
            action.before();
            action.run();
            action.after();
        }
        long[] nanos = new long[measured];
        long[] cpu = new long[measured];
        long statements = 0;
        long flushes = 0;
        double loadBefore = os.getSystemLoadAverage();
        for (int i = 0; i < measured; i++) {
            action.before();
            statistics.clear();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            action.run();
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            statements += statistics.getPrepareStatementCount();
            flushes += statistics.getFlushCount();
            action.after();
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return String.format(Locale.ROOT, "%-78s n=%2d p50=%8.1f ms  max=%8.1f ms  %s  (CPU of this thread: "
                        + "p50=%.1f ms; Hibernate per run: %d statements, %d flushes; load average %.1f-%.1f)",
                name, measured, nanos[measured / 2] / 1e6, nanos[measured - 1] / 1e6,
                nanos[measured - 1] < 2_000_000_000L ? "under 2 s" : "OVER 2 s", cpu[measured / 2] / 1e6,
                statements / measured, flushes / measured, loadBefore, os.getSystemLoadAverage());
    }

    /**
     * Runs of fully booked days, handed out once each; a run never spans a partly booked day (the last day of each
     * fill), so a part-day closure over it hits exactly 100 visits a day.
     */
    private static final class Cursor {
        private final List<LocalDate> full;
        private final List<LocalDate> booked;
        private int next = 10;

        Cursor(List<LocalDate> full, List<LocalDate> booked) {
            this.full = full;
            this.booked = booked;
        }

        List<LocalDate> take(int count) {
            while (true) {
                List<LocalDate> window = List.copyOf(full.subList(next, next + count));
                boolean spansOther = booked.stream().anyMatch(day -> !day.isBefore(window.getFirst())
                        && !day.isAfter(window.getLast()) && !window.contains(day));
                if (!spansOther) {
                    next += count;
                    return window;
                }
                next++;
            }
        }

        void add(List<LocalDate> more) {
            full.addAll(more);
        }
    }
}
