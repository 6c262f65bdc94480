package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a crash does to a booking the resident has seen confirmed: the production jar runs as its own process, a
 * resident books in a real browser, and the moment the confirmation page shows, the process gets {@code kill -9}.
 * The database is then read as the next start reads it: the visit must be there, booked, with its slot held. Ten
 * rounds, each on a fresh start of the jar, none may be lost. On the embedded H2 by default; on PostgreSQL when
 * {@code SPRING_DATASOURCE_URL} points there (CI's second run).
 *
 * <p>The booking caps are raised for this test only: it books ten visits for one demo resident, and what it checks
 * is durability, not the limits.
 */
class CrashDurabilityIT {

    private static final int ROUNDS = 10;
    private static final String RESIDENT = "anna.nowak@example.pl";
    private static final String PASSWORD = "Wizyty2026!";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Test
    void a_booking_confirmed_to_the_resident_survives_kill_9_in_ten_rounds_out_of_ten() throws Exception {
        Path home = Files.createTempDirectory("wizyty-crash-");
        Path log = Files.createDirectories(Path.of("target", "crash-test")).resolve("app-" + System.nanoTime() + ".log");
        Database database = Database.fromEnvironment(home);
        database.create();
        List<String> lost = new ArrayList<>();
        String matter = null;
        LocalDate day = LocalDate.now(WARSAW).plusDays(2);
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--wizyty.booking.max-active-total=100", "--wizyty.booking.max-active-per-matter=100"));
        arguments.addAll(database.appArguments());
        long started = System.nanoTime();
        try (HardeningBrowser browser = new HardeningBrowser()) {
            for (int round = 1; round <= ROUNDS; round++) {
                AppProcess app = AppProcess.start(home, log, arguments.toArray(String[]::new));
                BookingSteps.Booking booking;
                try {
                    Page page = browser.newPage();
                    HardeningBrowser.signIn(page, app.baseUrl(), RESIDENT, PASSWORD);
                    matter = matter != null ? matter : BookingSteps.firstMatter(page, app.baseUrl());
                    booking = BookingSteps.book(page, app.baseUrl(), matter, day);
                } finally {
                    app.kill9();
                }
                if (!database.holds(booking.number())) {
                    lost.add("round " + round + ": " + booking.number());
                }
                day = booking.day().plusDays(1);
                if (round == 1 && database.isH2()) {
                    assertDataFolderIsPrivateAndLogged(home, app.logText());
                }
            }
        } finally {
            database.drop();
        }
        System.out.printf("Crash test: %d rounds on %s in %d s, %d lost%n", ROUNDS, database.kind(),
                (System.nanoTime() - started) / 1_000_000_000, lost.size());
        assertThat(lost).as("bookings confirmed, then lost to kill -9").isEmpty();
    }

    private static void assertDataFolderIsPrivateAndLogged(Path home, String log) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("wizyty.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(log).contains("Data folder (WIZYTY_HOME): " + home.toAbsolutePath());
    }

    /**
     * The database as the next start of the application finds it. On PostgreSQL the test makes a database of its own
     * beside the suite's (the demo profile it starts would otherwise fill the suite's database with demo data).
     */
    private record Database(String url, String user, String password, String adminUrl) {

        static Database fromEnvironment(Path home) {
            String url = System.getenv("SPRING_DATASOURCE_URL");
            if (url != null && url.startsWith("jdbc:postgresql:")) {
                String own = url.replaceFirst("/([^/?]+)(\\?.*)?$", "/wizyty_crash_" + System.nanoTime() + "$2");
                return new Database(own, System.getenv("SPRING_DATASOURCE_USERNAME"),
                        System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), url);
            }
            return new Database("jdbc:h2:file:" + home.toAbsolutePath() + "/wizyty", "sa", "", null);
        }

        /** On PostgreSQL, the application's own database; on H2 it lives in the home folder the test gives. */
        List<String> appArguments() {
            return isH2() ? List.of() : List.of("--spring.datasource.url=" + url);
        }

        void create() throws SQLException {
            adminStatement("create database " + name());
        }

        void drop() throws SQLException {
            adminStatement("drop database if exists " + name() + " with (force)");
        }

        private String name() {
            return url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        }

        private void adminStatement(String sql) throws SQLException {
            if (isH2()) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password)) {
                connection.createStatement().execute(sql);
            }
        }

        boolean isH2() {
            return url.startsWith("jdbc:h2:");
        }

        String kind() {
            return isH2() ? "H2" : "PostgreSQL";
        }

        /** True when the visit is booked and holds its slot. */
        boolean holds(String bookingNumber) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    PreparedStatement query = connection.prepareStatement("""
                            select v.status, (select count(*) from slot_hold h where h.visit_id = v.id)
                            from visit v where v.booking_number = ?""")) {
                query.setString(1, bookingNumber);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && "BOOKED".equals(row.getString(1)) && row.getLong(2) > 0;
                }
            }
        }
    }
}
