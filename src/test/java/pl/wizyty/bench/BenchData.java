package pl.wizyty.bench;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.base.TimeConfiguration;

/**
 * Fills the database through plain JDBC batches: offices of four desks open 8:00–16:00 on weekdays, 15-minute
 * visits taking about 80 % of the slots from 420 days ago to 40 days ahead, until the wanted number of visits.
 */
public final class BenchData {

    static final int DESKS_PER_OFFICE = 4;
    static final int UNITS_PER_DAY = 32;
    private static final int BATCH = 5000;

    public record Office(long officeId, long matterId, List<Long> deskIds) {
    }

    private final JdbcTemplate jdbc;
    private final SplittableRandom random = new SplittableRandom(42);

    public BenchData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Office> offices(int count) {
        List<Office> offices = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            long office = insertReturningId("insert into office (name, address, room, slot_minutes, version) "
                    + "values ('Bench " + o + "', 'ul. Testowa 1', 'pok. 1', 15, 0)");
            long matter = insertReturningId("insert into matter (name, duration_minutes, bookable_online, "
                    + "min_notice_hours, max_days_ahead, version) values ('Sprawa " + o + "', 15, true, 0, 30, 0)");
            jdbc.update("insert into matter_office (matter_id, office_id) values (?, ?)", matter, office);
            List<Long> desks = new ArrayList<>();
            for (int d = 0; d < DESKS_PER_OFFICE; d++) {
                long desk = insertReturningId("insert into desk (office_id, name, active, version) values ("
                        + office + ", 'D" + d + "', true, 0)");
                jdbc.update("insert into desk_matter (desk_id, matter_id) values (?, ?)", desk, matter);
                desks.add(desk);
            }
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                jdbc.update("insert into opening_hours (office_id, day_of_week, opens_at, closes_at) values (?, ?, ?, ?)",
                        office, day.getValue(), java.sql.Time.valueOf(LocalTime.of(8, 0)),
                        java.sql.Time.valueOf(LocalTime.of(16, 0)));
            }
            offices.add(new Office(office, matter, desks));
        }
        return offices;
    }

    public List<Long> residents(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(insertReturningId("insert into user_account (email, first_name, last_name, password_hash, role, "
                    + "enabled, created_at, email_confirmed_at, version) values ('bench" + i + "." + System.nanoTime()
                    + "@example.pl', 'B', 'B', '{noop}x', 'RESIDENT', true, current_timestamp, current_timestamp, 0)"));
        }
        return ids;
    }

    /** Inserts visits (and the holds of the booked ones) until {@code total}; returns how many were inserted. */
    long visits(List<Office> offices, List<Long> residents, LocalDate today, long total) {
        long nextVisitId = nextId();
        List<Object[]> visitRows = new ArrayList<>();
        List<Object[]> holdRows = new ArrayList<>();
        long inserted = 0;
        Timestamp created = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
        for (LocalDate day = today.minusDays(420); inserted < total && day.isBefore(today.plusDays(40));
                day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (Office office : offices) {
                for (Long desk : office.deskIds()) {
                    for (int unit = 0; unit < UNITS_PER_DAY && inserted < total; unit++) {
                        if (random.nextInt(10) >= 8) {
                            continue;
                        }
                        Instant start = day.atTime(LocalTime.of(8, 0).plusMinutes(15L * unit))
                                .atZone(TimeConfiguration.ZONE).toInstant();
                        boolean cancelled = random.nextInt(20) == 0;
                        long id = nextVisitId++;
                        visitRows.add(new Object[] {id, "BN-" + id, residents.get(random.nextInt(residents.size())),
                                office.matterId(), office.officeId(), desk, Timestamp.from(start),
                                Timestamp.from(start.plusSeconds(900)), cancelled ? "CANCELLED" : "BOOKED",
                                "bench@example.pl", created});
                        if (!cancelled) {
                            holdRows.add(new Object[] {desk, Timestamp.from(start), id});
                        }
                        inserted++;
                        if (visitRows.size() == BATCH) {
                            flush(visitRows, holdRows);
                        }
                    }
                }
            }
        }
        flush(visitRows, holdRows);
        return inserted;
    }

    /**
     * Books every desk and 15-minute unit of the office, 8:00–16:00, on the weekdays from {@code firstDay} on that
     * are not {@code daysOff}, until {@code count} booked visits (each with its slot hold) are in; returns the days
     * it used, in order (the last one may be only partly booked).
     */
    List<LocalDate> bookedVisits(Office office, List<Long> residents, LocalDate firstDay, int count,
            Predicate<LocalDate> daysOff) {
        long nextVisitId = nextId();
        List<Object[]> visitRows = new ArrayList<>();
        List<Object[]> holdRows = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        Timestamp created = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        int inserted = 0;
        for (LocalDate day = firstDay; inserted < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5 || daysOff.test(day)) {
                continue;
            }
            days.add(day);
            for (int unit = 0; unit < UNITS_PER_DAY && inserted < count; unit++) {
                Instant start = day.atTime(LocalTime.of(8, 0).plusMinutes(15L * unit))
                        .atZone(TimeConfiguration.ZONE).toInstant();
                for (int d = 0; d < office.deskIds().size() && inserted < count; d++) {
                    long desk = office.deskIds().get(d);
                    long id = nextVisitId++;
                    visitRows.add(new Object[] {id, "BK-" + id, residents.get(random.nextInt(residents.size())),
                            office.matterId(), office.officeId(), desk, Timestamp.from(start),
                            Timestamp.from(start.plusSeconds(900)), "BOOKED", "bench@example.pl", created});
                    holdRows.add(new Object[] {desk, Timestamp.from(start), id});
                    inserted++;
                    if (visitRows.size() == BATCH) {
                        flush(visitRows, holdRows);
                    }
                }
            }
        }
        flush(visitRows, holdRows);
        return days;
    }

    /** A resident with {@code count} past visits in one office. */
    public void pastVisitsOf(long resident, Office office, LocalDate today, int count) {
        long nextVisitId = nextId();
        List<Object[]> rows = new ArrayList<>();
        Timestamp created = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (int i = 0; i < count; i++) {
            Instant start = today.minusDays(3L * i + 1).atTime(LocalTime.of(6, 0)).atZone(TimeConfiguration.ZONE)
                    .toInstant();
            long id = nextVisitId++;
            rows.add(new Object[] {id, "PV-" + id, resident, office.matterId(), office.officeId(),
                    office.deskIds().getFirst(), Timestamp.from(start), Timestamp.from(start.plusSeconds(900)),
                    "BOOKED", "bench@example.pl", created});
        }
        flush(rows, new ArrayList<>());
    }

    private void flush(List<Object[]> visitRows, List<Object[]> holdRows) {
        if (!visitRows.isEmpty()) {
            jdbc.batchUpdate("insert into visit (id, booking_number, resident_id, matter_id, office_id, desk_id, "
                    + "starts_at, ends_at, status, contact_email, created_at, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", visitRows);
        }
        if (!holdRows.isEmpty()) {
            jdbc.batchUpdate("insert into slot_hold (desk_id, slot_start, visit_id) values (?, ?, ?)", holdRows);
        }
        visitRows.clear();
        holdRows.clear();
    }

    private long nextId() {
        Long max = jdbc.queryForObject("select max(id) from visit", Long.class);
        return (max == null ? 0 : max) + 1_000_000_000L;
    }

    private long insertReturningId(String sql) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> connection.prepareStatement(sql, new String[] {"id"}), keys);
        return keys.getKey().longValue();
    }
}
