package pl.wizyty.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import pl.wizyty.security.PasswordHashing;

/**
 * Not part of {@code ./mvnw verify}: {@code ./mvnw -o test -Dtest=PasswordHashingBenchmark}. What one sign-in costs
 * in password hashing (a {@code matches} of a BCrypt hash) at BCrypt work factors 10 to 12, and how many sign-ins per
 * second the machine's cores can check at most, with 1 thread and with as many threads as cores. Results go to
 * target/bench/password-hashing.txt; the choice and its reasons are in {@link PasswordHashing}.
 */
class PasswordHashingBenchmark {

    private static final String PASSWORD = "Wizyty-Haslo-2026";
    private static final long MEASURE_NANOS = 4_000_000_000L;

    @Test
    void sign_ins_per_second_by_work_factor() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "BCrypt matches(), %d cores, load average before: %.2f%n", cores,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.append("work factor | one check, ms (median of 15) | checks/s, 1 thread | checks/s, ")
                .append(cores).append(" threads\n");
        for (int strength = 10; strength <= 12; strength++) {
            BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(strength);
            String hash = encoder.encode(PASSWORD);
            List<Long> single = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long start = System.nanoTime();
                assertThat(encoder.matches(PASSWORD, hash)).isTrue();
                single.add(System.nanoTime() - start);
            }
            single.sort(null);
            double median = single.get(single.size() / 2) / 1e6;
            double one = throughput(encoder, hash, 1);
            double all = throughput(encoder, hash, cores);
            report.append(String.format(Locale.ROOT, "%d | %.1f | %.1f | %.1f%n", strength, median, one, all));
        }
        report.append("The application hashes at work factor ").append(PasswordHashing.BCRYPT_STRENGTH).append('\n');
        System.out.print(report);
        Path out = Path.of("target", "bench", "password-hashing.txt");
        Files.createDirectories(out.getParent());
        write(out, report.toString());
    }

    private static double throughput(BCryptPasswordEncoder encoder, String hash, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> counts = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + MEASURE_NANOS;
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                int done = 0;
                while (System.nanoTime() < end) {
                    if (!encoder.matches(PASSWORD, hash)) {
                        throw new AssertionError("hash did not match");
                    }
                    done++;
                }
                return done;
            }));
        }
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static void write(Path out, String text) throws IOException {
        Files.writeString(out, text);
    }
}
