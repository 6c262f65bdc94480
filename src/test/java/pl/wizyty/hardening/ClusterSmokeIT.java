package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The smoke journey through HAProxy in front of two instances on one PostgreSQL, which {@code deploy/local-cluster.sh}
 * starts before it runs this test (it is skipped in a plain {@code ./mvnw verify}): a resident signs in and books;
 * the instance serving the session gets {@code kill -9}; the next request lands on the other instance, which asks the
 * person to sign in again (Vaadin sessions live in one instance's memory); the booking is there. Before the kill, the
 * scheduled outbox job has handled the booking's e-mail on exactly one of the two instances.
 *
 * <p>System properties from the script: {@code wizyty.cluster.url} (the proxy), {@code wizyty.cluster.dir} (where
 * the script wrote {@code app1.pid}, {@code app2.pid} and the instances' logs), {@code wizyty.cluster.db} (the
 * PostgreSQL both use, user postgres).
 */
class ClusterSmokeIT {

    private static final String RESIDENT = "anna.nowak@example.pl";
    private static final String PASSWORD = "Wizyty2026!";
    private static final String NODE_COOKIE = "WIZYTY_NODE";

    @Test
    void a_booking_survives_the_instance_that_served_it_and_the_person_signs_in_again_on_the_other() throws Exception {
        String proxy = System.getProperty("wizyty.cluster.url");
        assumeTrue(proxy != null, "runs from deploy/local-cluster.sh only");
        Path dir = Path.of(System.getProperty("wizyty.cluster.dir"));

        try (HardeningBrowser browser = new HardeningBrowser()) {
            Page page = browser.newPage();
            HardeningBrowser.signIn(page, proxy, RESIDENT, PASSWORD);
            String matter = BookingSteps.firstMatter(page, proxy);
            BookingSteps.Booking booking = BookingSteps.book(page, proxy, matter,
                    LocalDate.now(ZoneId.of("Europe/Warsaw")).plusDays(2));
            String served = node(page.context()).orElseThrow(() -> new AssertionError("HAProxy set no node cookie"));
            System.out.printf("Cluster smoke: booked %s on %s%n", booking.number(), served);

            long message = handledOutboxMessage(booking.number());
            Pattern handled = Pattern.compile("Message " + message + " (sent|held) by ");
            long times = 0;
            for (String instance : List.of("app1", "app2")) {
                times += Files.readAllLines(dir.resolve(instance + ".log")).stream()
                        .filter(line -> handled.matcher(line).find()).count();
            }
            assertThat(times).as("the booking's e-mail handled by the scheduled job, over both instances")
                    .isEqualTo(1);
            System.out.printf("Cluster smoke: the scheduled job handled message %d once%n", message);

            long pid = Long.parseLong(Files.readString(dir.resolve(served + ".pid")).strip());
            ProcessHandle instance = ProcessHandle.of(pid).orElseThrow();
            instance.destroyForcibly();
            instance.onExit().get();

            page.navigate(proxy + "/moje-wizyty");
            page.locator("vaadin-login-form").waitFor();
            assertThat(page.url()).as("the other instance asks to sign in again").contains("/login");
            String now = node(page.context()).orElseThrow();
            assertThat(now).as("the request went to the instance still running").isNotEqualTo(served);

            HardeningBrowser.signIn(page, proxy, RESIDENT, PASSWORD);
            page.navigate(proxy + "/moje-wizyty");
            HardeningBrowser.waitForVaadin(page);
            page.getByText(booking.number()).first().waitFor();
            assertThat(page.content()).as("Moje wizyty on " + now).contains(booking.number());
            System.out.printf("Cluster smoke: %s killed, %s asked to sign in again and shows %s%n", served, now,
                    booking.number());
        }
    }

    /** The booking's e-mail in the outbox, once the scheduled delivery job has handled it (within 60 s). */
    private static long handledOutboxMessage(String bookingNumber) throws Exception {
        String url = System.getProperty("wizyty.cluster.db");
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement query = db.prepareStatement("""
                        select m.id, m.status from outbox_message m join visit v on v.id = m.visit_id
                        where v.booking_number = ? and m.kind = 'VISIT_BOOKED' and m.channel = 'EMAIL'""")) {
            query.setString(1, bookingNumber);
            long[] found = new long[1];
            await("the outbox job handling the booking's e-mail").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        try (ResultSet row = query.executeQuery()) {
                            if (row.next() && !"PENDING".equals(row.getString(2))) {
                                found[0] = row.getLong(1);
                                return true;
                            }
                            return false;
                        }
                    });
            return found[0];
        }
    }

    private static Optional<String> node(BrowserContext context) {
        List<Cookie> cookies = context.cookies();
        return cookies.stream().filter(cookie -> cookie.name.equals(NODE_COOKIE)).map(cookie -> cookie.value)
                .findFirst();
    }
}
