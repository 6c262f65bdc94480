package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
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
    private static final Pattern CONFIRMED = Pattern.compile(".*/umow-wizyte/potwierdzenie/([A-Z0-9-]+)$");

    @Test
    @Disabled("Reproduces a real loss, not fixed yet: on 2026-11-30, on a loaded 2-core machine, 4 of 10 bookings the "
            + "resident saw confirmed were gone after kill -9 on H2 with WRITE_DELAY=0 (issue 13 stays open). Run it "
            + "with -Dit.test=CrashDurabilityIT after removing this line.")
    void a_booking_confirmed_to_the_resident_survives_kill_9_in_ten_rounds_out_of_ten() throws Exception {
        Path home = Files.createTempDirectory("wizyty-crash-");
        Path log = Files.createDirectories(Path.of("target", "crash-test")).resolve("app-" + System.nanoTime() + ".log");
        Database database = Database.fromEnvironment(home);
        List<String> lost = new ArrayList<>();
        String matter = null;
        LocalDate day = LocalDate.now(WARSAW).plusDays(2);
        long started = System.nanoTime();
        try (HardeningBrowser browser = new HardeningBrowser()) {
            for (int round = 1; round <= ROUNDS; round++) {
                AppProcess app = AppProcess.start(home, log, "--spring.profiles.active=demo",
                        "--wizyty.booking.max-active-total=100", "--wizyty.booking.max-active-per-matter=100");
                Booking booking;
                try {
                    Page page = browser.newPage();
                    HardeningBrowser.signIn(page, app.baseUrl(), RESIDENT, PASSWORD);
                    matter = matter != null ? matter : firstMatter(page, app.baseUrl());
                    booking = book(page, app.baseUrl(), matter, day);
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
        }
        System.out.printf("Crash test: %d rounds on %s in %d s, %d lost%n", ROUNDS, database.kind(),
                (System.nanoTime() - started) / 1_000_000_000, lost.size());
        assertThat(lost).as("bookings confirmed, then lost to kill -9").isEmpty();
    }

    private static String firstMatter(Page page, String baseUrl) {
        page.navigate(baseUrl + "/umow-wizyte");
        HardeningBrowser.waitForVaadin(page);
        page.locator(".booking-office vaadin-radio-button").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*[?&]sprawa=\\d+.*"));
        String query = URI.create(page.url()).getQuery();
        return Arrays.stream(query.split("&")).filter(part -> part.startsWith("sprawa=")
                || part.startsWith("wydzial=")).collect(Collectors.joining("&"));
    }

    /**
     * Books the first free time on the first day from {@code from} that has one; returns once it is confirmed. A time
     * the resident cannot take (it overlaps one of the demo visits) is skipped.
     */
    private static Booking book(Page page, String baseUrl, String matter, LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusDays(30)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String dayAddress = baseUrl + "/umow-wizyte?" + matter + "&dzien=" + day;
            page.navigate(dayAddress);
            HardeningBrowser.waitForVaadin(page);
            List<String> times = page.locator(".slot-picker .booking-times vaadin-radio-button")
                    .allInnerTexts().stream().map(String::strip).limit(4).toList();
            for (String time : times) {
                page.navigate(dayAddress + "&godzina=" + time);
                HardeningBrowser.waitForVaadin(page);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Umów wizytę").setExact(true))
                        .click();
                try {
                    page.waitForURL(CONFIRMED, new Page.WaitForURLOptions().setTimeout(10_000));
                } catch (TimeoutError refused) {
                    continue;
                }
                var confirmed = CONFIRMED.matcher(page.url());
                assertThat(confirmed.matches()).isTrue();
                return new Booking(confirmed.group(1), day);
            }
        }
        throw new AssertionError("No time the resident could book in 30 days from " + from);
    }

    private static void assertDataFolderIsPrivateAndLogged(Path home, String log) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("wizyty.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(log).contains("Data folder (WIZYTY_HOME): " + home.toAbsolutePath());
    }

    private record Booking(String number, LocalDate day) {
    }

    /** The database as the next start of the application finds it. */
    private record Database(String url, String user, String password) {

        static Database fromEnvironment(Path home) {
            String url = System.getenv("SPRING_DATASOURCE_URL");
            if (url != null && url.startsWith("jdbc:postgresql:")) {
                return new Database(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                        System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
            }
            return new Database("jdbc:h2:file:" + home.toAbsolutePath() + "/wizyty", "sa", "");
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
