package pl.wizyty.hardening;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The production jar started as a separate process, as an operator starts it, so that a test can kill it the way a
 * crash does ({@code kill -9}: no shutdown hook, no flush, no close). It inherits the environment, so CI's
 * {@code SPRING_DATASOURCE_URL} points it at PostgreSQL; {@code WIZYTY_HOME} is the test's own folder.
 */
final class AppProcess {

    /** Flags that shorten a start without changing what the application does. */
    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-XX:+UseSerialGC", "-Xmx512m");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar in target/ with the given home and arguments and waits until it answers. */
    static AppProcess start(Path home, Path log, String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FAST_START);
        command.add("-jar");
        command.add(jar().toString());
        command.add("--server.port=" + port);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("WIZYTY_HOME", home.toString());
        try {
            AppProcess app = new AppProcess(builder.start(), port, log);
            app.awaitUp();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** SIGKILL, as {@code kill -9} sends it; returns once the process is gone. */
    void kill9() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The application did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            await("the application answering on " + baseUrl()).atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("The application stopped at start:\n" + logText());
                        }
                        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException notUp) {
            kill9();
            throw new IllegalStateException("The application did not answer within " + START_TIMEOUT + ":\n"
                    + logText(), notUp);
        }
    }

    /** The executable jar the package phase built (failsafe runs after it). */
    static Path jar() {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "wizyty-*.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No target/wizyty-*.jar: run the package phase first (mvn verify does)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
