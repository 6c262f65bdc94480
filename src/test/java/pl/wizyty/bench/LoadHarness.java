package pl.wizyty.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The load harness (issue 15). Not part of {@code ./mvnw verify} (surefire leaves out {@code bench}); run it on
 * purpose, after {@code package}, with
 * {@code ./mvnw -o test -Dtest=LoadHarness [-Dbench.sessions=200 -Dbench.concurrency=20 -Dbench.journeys=40
 * -Dbench.release=100 -Dbench.jar=path/to/wizyty.jar]}.
 *
 * <p>It starts the jar as a process (profiles {@code demo,loadbench}, Serial GC, {@code -Xmx1g}) on a free port and
 * drives it with virtual browsers speaking Vaadin's protocol ({@link VaadinClient}): bootstrap, init, UIDL. Every
 * scenario is measured against the bare floor view ({@code /bench-floor}, a 3-row grid over JPA) in the same run, so
 * ratios, not absolute times, are what to track on a shared machine. For each of floor, home (anonymous), Moje wizyty
 * and booking step 1 (signed in) it opens {@code bench.sessions} sessions that stay open, then forces a full GC
 * through {@code jcmd GC.class_histogram}, opens as many again and forces another, and divides the growth of the
 * live heap from N to 2N sessions by N. Then it runs full booking journeys and a slot release (everyone enters the
 * wizard at once and races for the same first times).
 * The report goes to stdout and {@code target/bench/load-harness.txt}, histograms next to it.
 */
public class LoadHarness {

    private static final String PASSWORD = "Wizyty2026!";
    private static final Pattern MATTER_ADDRESS = Pattern.compile("sprawa=(\\d+)(&wydzial=\\d+)?");
    private static final Pattern CONFIRMED = Pattern.compile("potwierdzenie/([A-Z0-9-]+)");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern FILLER = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+\\S*FillerElement");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)");

    private final int sessions = Integer.getInteger("bench.sessions", 200);
    private final int concurrency = Integer.getInteger("bench.concurrency", 20);
    private final int journeys = Integer.getInteger("bench.journeys", 40);
    private final int release = Integer.getInteger("bench.release", 100);
    private final int retries = Integer.getInteger("bench.retries", 5);
    private final Path out = Path.of("target", "bench");
    private final List<String> report = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Stats> stats = Collections.synchronizedMap(new TreeMap<>());
    private final AtomicInteger nextResident = new AtomicInteger(1);
    private final Map<String, java.util.concurrent.atomic.LongAdder> retained = new ConcurrentHashMap<>();
    private String baseUrl;
    private long pid;

    /** The same run without Maven: {@code java -cp <test classpath> pl.wizyty.bench.LoadHarness}. */
    public static void main(String[] args) throws Exception {
        new LoadHarness().portal_against_the_bare_floor_view();
    }

    @Test
    void portal_against_the_bare_floor_view() throws Exception {
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("wizyty-load");
        // Each signed-in heap scenario opens its sessions twice (N, then N more) with residents of its own.
        int residents = 7 * sessions + journeys + release + 100;
        Process app = start(home, residents);
        try {
            line("settings: sessions=%d concurrency=%d journeys=%d release=%d retries=%d residents=%d jar=%s"
                    + " app -Xmx%s, database %s", sessions, concurrency, journeys, release, retries, residents,
                    jar().getFileName(), System.getProperty("bench.appXmx", "1g"),
                    System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "H2 (file, page cache "
                            + System.getProperty("bench.h2CacheKb", "16384") + " KB)"));
            line("load average at start: %s", loadAverage());

            // Warm-up: every page a few times, so the JIT and the caches are in the same state for each scenario.
            run("warmup", 40, concurrency, i -> {
                VaadinClient anonymous = new VaadinClient(baseUrl);
                anonymous.open("bench-floor", "");
                anonymous.open("", "");
                VaadinClient resident = signedIn(null);
                resident.open("moje-wizyty", "");
                resident.navigate("umow-wizyte", "");
            });
            stats.clear();

            long before = liveHeap("0-baseline");
            long floor = heapScenario("floor", before, i -> {
                VaadinClient client = new VaadinClient(baseUrl);
                time("floor open", () -> client.open("bench-floor", ""));
                retained("floor", client);
            });
            long homeHeap = heapScenario("home-anonymous", liveHeap("1-before-home"), i -> {
                VaadinClient client = new VaadinClient(baseUrl);
                time("home open", () -> client.open("", ""));
                retained("home-anonymous", client);
            });
            long myVisits = heapScenario("my-visits-signed-in", liveHeap("2-before-my-visits"), i -> {
                VaadinClient client = signedIn("my visits sign-in");
                time("my visits open", () -> client.open("moje-wizyty", ""));
                retained("my-visits-signed-in", client);
            });
            long booking = heapScenario("booking-step1-signed-in", liveHeap("3-before-booking"), i -> {
                VaadinClient client = signedIn("booking sign-in");
                time("booking step 1 open", () -> client.open("umow-wizyte", ""));
                retained("booking-step1-signed-in", client);
            });

            String matter = matterAddress();
            line("matter chosen through step 1: %s", matter);
            LocalDate firstDay = LocalDate.now().plusDays(2);

            // Moje wizyty with one upcoming visit in the list (a card with its component tree): each resident books
            // in a session that signs out again, then opens Moje wizyty in a new one; only the latter is measured.
            int firstWithVisit = nextResident.getAndAdd(2 * sessions);
            run("book before my-visits", 2 * sessions, concurrency, i -> {
                VaadinClient booker = new VaadinClient(baseUrl);
                booker.signIn(resident(firstWithVisit + i), PASSWORD);
                booker.open("umow-wizyte", "");
                // A random time may be taken by another resident meanwhile: a person tries another one.
                String number = null;
                for (int attempt = 0; attempt < 5 && number == null; attempt++) {
                    number = bookFrom(booker, matter, firstDay.plusDays((i + attempt) % 10), false, "setup");
                }
                if (number == null) {
                    throw new IllegalStateException("no booking");
                }
                try {
                    booker.click("vaadin-button", "Wyloguj");
                } catch (IllegalStateException signedOut) {
                    // Signing out ends the session: Vaadin answers that it expired, which is what is wanted here.
                    if (!"session expired".equals(signedOut.getMessage())) {
                        throw signedOut;
                    }
                }
            });
            AtomicInteger nextWithVisit = new AtomicInteger(firstWithVisit);
            long withVisit = heapScenario("my-visits-one-visit", liveHeap("4-before-my-visits-one-visit"), i -> {
                VaadinClient client = new VaadinClient(baseUrl);
                client.signIn(resident(nextWithVisit.getAndIncrement()), PASSWORD);
                time("my visits (1 visit) open", () -> client.open("moje-wizyty", ""));
                if (!client.hasText("AK-")) {
                    throw new IllegalStateException("no visit in the list");
                }
                retained("my-visits-one-visit", client);
            });
            AtomicInteger booked = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            long journeyStart = System.nanoTime();
            run("journey", journeys, concurrency, i -> journey(matter, firstDay.plusDays(i % 10), false, booked,
                    refused));
            double journeySeconds = (System.nanoTime() - journeyStart) / 1e9;
            line("journeys: %d booked, %d refused (time taken meanwhile), %.1f s, %.2f bookings/s", booked.get(),
                    refused.get(), journeySeconds, booked.get() / journeySeconds);

            if (release > 0) {
                slotRelease(matter, firstDay);
            }

            line("");
            line("%-26s %6s %6s %8s %8s %8s %8s  %s", "step", "n", "errors", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "p50/p95 ÷ floor");
            Stats floorStats = stats.get("floor open");
            stats.forEach((name, s) -> line("%-26s %6d %6d %8.0f %8.0f %8.0f %8.0f  %s", name, s.count(),
                    s.errors.get(), s.percentile(50), s.percentile(95), s.percentile(99), s.percentile(100),
                    floorStats == null || floorStats.count() == 0 ? "" : String.format(Locale.ROOT,
                            "%.2f× / %.2f×", s.percentile(50) / floorStats.percentile(50),
                            s.percentile(95) / floorStats.percentile(95))));
            line("");
            line("live heap per session: floor %.1f KB, home anonymous %.1f KB (%.2f×), Moje wizyty %.1f KB (%.2f×),"
                    + " booking step 1 %.1f KB (%.2f×)", floor / 1024.0, homeHeap / 1024.0,
                    (double) homeHeap / floor, myVisits / 1024.0, (double) myVisits / floor, booking / 1024.0,
                    (double) booking / floor);
            line("live heap per session: Moje wizyty with one upcoming visit %.1f KB (%.2f×)", withVisit / 1024.0,
                    (double) withVisit / floor);
            line("load average at end: %s", loadAverage());
            Files.write(out.resolve("load-harness.txt"), report);

            assertThat(floor).as("the floor's heap per session").isPositive();
            assertThat(myVisits).as("a signed-in session costs more than the floor").isGreaterThan(floor);
            stats.forEach((name, s) -> assertThat(s.errors.get()).as("errors in " + name)
                    .isLessThanOrEqualTo(Math.max(1, s.count() / 20)));
            if (journeys > 0) {
                assertThat(booked.get()).as("journeys that booked").isPositive();
            }
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
                app.waitFor(30, TimeUnit.SECONDS);
            }
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Sign in, Moje wizyty, the wizard's four steps by its addresses and links, then book. */
    private void journey(String matter, LocalDate from, boolean firstTime, AtomicInteger booked,
            AtomicInteger refused) throws Exception {
        VaadinClient client = signedIn("journey sign-in");
        time("journey my visits", () -> client.open("moje-wizyty", ""));
        time("journey step 1", () -> client.navigate("umow-wizyte", ""));
        String number = bookFrom(client, matter, from, firstTime, "journey");
        if (number == null) {
            refused.incrementAndGet();
            return;
        }
        booked.incrementAndGet();
        time("journey cancel", () -> {
            client.navigate("moje-wizyty", "");
            client.clickItem("Odwołaj wizytę");
            client.click("vaadin-button", "Odwołaj wizytę");
            if (!client.hasText("Wizyta została odwołana")) {
                throw new IllegalStateException("No cancellation message");
            }
        });
    }

    /** Steps 2–4 and the booking; the booking number, or null when every time tried was taken meanwhile. */
    private String bookFrom(VaadinClient client, String matter, LocalDate from, boolean firstTime, String prefix)
            throws Exception {
        for (LocalDate day = from; day.isBefore(from.plusDays(30)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String dayQuery = matter + "&dzien=" + day;
            time(prefix + " step 2-3 day", () -> client.navigate("umow-wizyte", dayQuery));
            // The day's free times are one radio group (the picker's "booking-times"); a radio's text is its label.
            List<String> times = client.withTag("vaadin-radio-button").stream().map(client::labelOf)
                    .map(String::strip).filter(text -> TIME.matcher(text).matches()).toList();
            if (!client.hasText("Krok 3 z 4") || times.isEmpty()) {
                continue;
            }
            String chosen = firstTime ? times.getFirst()
                    : times.get(ThreadLocalRandom.current().nextInt(times.size()));
            time(prefix + " step 4 confirm", () -> client.navigate("umow-wizyte", dayQuery + "&godzina=" + chosen));
            if (!client.hasText("Krok 4 z 4")) {
                continue;
            }
            time(prefix + " book", () -> client.click("vaadin-button", "Umów wizytę"));
            Matcher confirmed = CONFIRMED.matcher(client.lastExecute());
            if (confirmed.find()) {
                return confirmed.group(1);
            }
            return null;
        }
        return null;
    }

    /** {@code bench.release} residents sign in, wait, then all enter the wizard at once for the same first times. */
    private void slotRelease(String matter, LocalDate firstDay) throws Exception {
        List<VaadinClient> ready = Collections.synchronizedList(new ArrayList<>());
        run("release sign-in", release, concurrency, i -> ready.add(signedIn("release sign-in")));
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(ready.size());
        List<Future<?>> all = new ArrayList<>();
        for (VaadinClient client : ready) {
            all.add(pool.submit(() -> {
                gate.await();
                time("release step 1", () -> client.open("umow-wizyte", ""));
                // Told the time was taken, a person tries again from the first day: the earliest time still free.
                String number = null;
                for (int attempt = 0; attempt <= retries && number == null; attempt++) {
                    if (attempt > 0) {
                        retried.incrementAndGet();
                    }
                    number = bookFrom(client, matter, firstDay, true, "release");
                }
                (number == null ? taken : booked).incrementAndGet();
                return null;
            }));
        }
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        gate.countDown();
        int failed = 0;
        for (Future<?> each : all) {
            try {
                each.get(15, TimeUnit.MINUTES);
            } catch (Exception e) {
                failed++;
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        line("slot release: %d residents at once, up to %d retries each, %d booked, %d retries, %d gave up with every"
                + " time tried taken, %d failed, %.1f s, %.2f bookings/s, load %s -> %s", ready.size(), retries,
                booked.get(), retried.get(), taken.get(), failed, seconds, booked.get() / seconds, loadBefore,
                loadAverage());
    }

    /** The address part of the first matter, chosen in step 1 as a person does: a radio button, then "Dalej". */
    private String matterAddress() throws Exception {
        VaadinClient client = signedIn(null);
        client.open("umow-wizyte", "");
        VaadinClient.Node group = client.withTag("vaadin-radio-group").getFirst();
        VaadinClient.Node radio = group.children.stream().map(id -> client.withTag("vaadin-radio-button").stream()
                .filter(n -> n.id == id).findFirst()).flatMap(java.util.Optional::stream).findFirst()
                .orElseGet(() -> client.withTag("vaadin-radio-button").getFirst());
        client.sync(group.id, "value", radio.properties.get("value").asText());
        client.click("vaadin-button", "Dalej");
        Matcher address = MATTER_ADDRESS.matcher(client.lastExecute());
        if (!address.find()) {
            throw new IllegalStateException("Step 1 did not lead to a matter address: " + client.lastExecute());
        }
        return address.group();
    }

    /**
     * Opens {@code bench.sessions} sessions that stay open and measures the live heap, then opens as many again and
     * measures once more. The second figure, the growth from N to 2N sessions divided by N, is the one reported: what
     * a scenario costs once (its first caches, the database pages its queries touch) is in the first N and drops out
     * of it. Both are printed.
     */
    private long heapScenario(String name, long before, Scenario scenario) throws Exception {
        String loadBefore = loadAverage();
        AtomicInteger index = new AtomicInteger();
        run(name, sessions, concurrency, i -> scenario.run(index.getAndIncrement()));
        long atN = liveHeap(name + "-N");
        java.util.concurrent.atomic.LongAdder kept = retained.get(name);
        double keptPerSession = kept == null ? 0.0 : kept.sum() / 1024.0 / sessions;
        run(name, sessions, concurrency, i -> scenario.run(index.getAndIncrement()));
        long at2N = liveHeap(name + "-2N");
        long firstN = (atN - before) / sessions;
        long perSession = (at2N - atN) / sessions;
        line("%s: live heap %.1f MB -> %.1f MB (%d sessions) -> %.1f MB (%d sessions); %.1f KB per session from 0 to"
                + " N, %.1f KB per session from N to 2N (of which the UI's last UIDL answer kept by Vaadin ~%.1f KB),"
                + " load %s -> %s", name, before / 1048576.0, atN / 1048576.0, sessions, at2N / 1048576.0,
                2 * sessions, firstN / 1024.0, perSession / 1024.0, keptPerSession, loadBefore, loadAverage());
        return perSession;
    }

    /** Adds the client's last answer to the scenario's kept bytes; the first one is written out to be read. */
    private void retained(String scenario, VaadinClient client) throws IOException {
        boolean first = !retained.containsKey(scenario);
        retained.computeIfAbsent(scenario, k -> new java.util.concurrent.atomic.LongAdder())
                .add(client.lastResponseRetained());
        if (first) {
            Files.writeString(out.resolve("answer-" + scenario + ".json"), client.lastResponse());
        }
    }

    private static String resident(int number) {
        return "mieszkaniec." + number + "@bench.example.pl";
    }

    private VaadinClient signedIn(String step) throws Exception {
        VaadinClient client = new VaadinClient(baseUrl);
        String email = resident(nextResident.getAndIncrement());
        if (step == null) {
            client.signIn(email, PASSWORD);
        } else {
            time(step, () -> client.signIn(email, PASSWORD));
        }
        return client;
    }

    private void run(String name, int count, int threads, Scenario scenario) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failures = new AtomicInteger();
        Map<String, Integer> causes = new ConcurrentHashMap<>();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            all.add(pool.submit(() -> {
                try {
                    scenario.run(index);
                } catch (Exception e) {
                    failures.incrementAndGet();
                    causes.merge(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> each : all) {
            each.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
        if (failures.get() > 0) {
            line("%s: %d of %d failed: %s", name, failures.get(), count, causes);
        }
    }

    private void time(String step, Step action) throws Exception {
        Stats s = stats.computeIfAbsent(step, k -> new Stats());
        long start = System.nanoTime();
        try {
            action.run();
            s.add((System.nanoTime() - start) / 1e6);
        } catch (Exception e) {
            s.errors.incrementAndGet();
            throw e;
        }
    }

    /** Live bytes after a full GC: {@code jcmd GC.class_histogram} collects first; the histogram is kept. */
    private long liveHeap(String name) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String histogram = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Files.writeString(out.resolve("histogram-" + name + ".txt"), histogram);
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("No total in the histogram: " + histogram);
        }
        // Filler arrays are the collector's padding between objects, not live data.
        Matcher filler = FILLER.matcher(histogram);
        long fillers = 0;
        while (filler.find()) {
            fillers += Long.parseLong(filler.group(1));
        }
        return Long.parseLong(total.group(2)) - fillers;
    }

    private Process start(Path home, int residents) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + System.getProperty("bench.appXmx", "1g"),
                "-XX:SoftRefLRUPolicyMSPerMB=0", "-jar", jar().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=demo,loadbench", "--wizyty.bench.residents=" + residents,
                "--wizyty.throttle.booking-per-account=1000/1h", "--wizyty.throttle.booking-per-address=100000/1h",
                "--wizyty.throttle.sign-in-per-address=100000/1h", "--wizyty.throttle.sign-in-per-account=100000/1h",
                "--logging.level.root=WARN");
        // H2's page cache (16 MB by default) fills as the scenarios read accounts and visits; in a heap-only run it
        // can be made small (bench.h2CacheKb), so that its growth does not count as the sessions' (PostgreSQL has
        // its cache in its own process).
        String h2CacheKb = System.getProperty("bench.h2CacheKb");
        if (h2CacheKb != null && System.getenv("SPRING_DATASOURCE_URL") == null) {
            command = new ArrayList<>(command);
            command.add("--spring.datasource.url=jdbc:h2:file:" + home.resolve("wizyty")
                    + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + Integer.parseInt(h2CacheKb));
        }
        Path log = out.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("WIZYTY_HOME", home.toString());
        Process app = builder.start();
        pid = app.pid();
        baseUrl = "http://localhost:" + port;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            await("the application and its bench residents").atMost(Duration.ofSeconds(240))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        if (!app.isAlive()) {
                            throw new AssertionError("The application stopped at start, see " + log);
                        }
                        try {
                            if (client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bench-floor")).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                                return false;
                            }
                            // The residents are created by a runner after the server answers: wait for the last.
                            new VaadinClient(baseUrl).signIn("mieszkaniec." + residents + "@bench.example.pl",
                                    PASSWORD);
                            return true;
                        } catch (IOException | IllegalStateException notYet) {
                            return false;
                        }
                    });
            return app;
        } catch (ConditionTimeoutException notUp) {
            app.destroyForcibly();
            throw new IllegalStateException("The application did not answer in 240 s, see " + log, notUp);
        }
    }

    private static Path jar() {
        String configured = System.getProperty("bench.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "wizyty-*.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No target/wizyty-*.jar: package first, or give -Dbench.jar=");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[load] " + LocalDateTime.now().withNano(0) + " " + text);
        report.add(text);
    }

    @FunctionalInterface
    private interface Scenario {
        void run(int index) throws Exception;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static final class Stats {
        private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();

        void add(double value) {
            millis.add(value);
        }

        int count() {
            return millis.size();
        }

        double percentile(int p) {
            List<Double> sorted;
            synchronized (millis) {
                sorted = new ArrayList<>(millis);
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }
}
