package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Anyone can send Vaadin a broken message. Such requests must not fill the log: one WARN line each, no ERROR, no
 * stack trace, and nothing of what was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorLoggingIT {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;

    private String uiId;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void malformed_uidl_and_rpcs_for_unknown_nodes_log_one_warn_line_each_without_a_stack_trace(
            CapturedOutput output) throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString());
        String init = client.send(HttpRequest.newBuilder(URI.create(url("/?v-r=init&location=login&query="))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        assertThat(key.find() && ui.find()).as("Vaadin's init answer has a UI and a security key").isTrue();
        String csrf = key.group(1);
        uiId = ui.group(1);
        int before = output.length();

        uidl("{\"csrfToken\": \"SEKRET-OSOBISTY\", \"rpc\": [ {{{ nie-json");
        uidl("{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":987654,\"event\":\"click\"}],"
                + "\"syncId\":0,\"clientId\":0}");
        uidl("{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"mSync\",\"node\":1,\"feature\":\"x\","
                + "\"property\":\"Jan Kowalski\",\"value\":{}}],\"syncId\":1,\"clientId\":1}");

        String logged = output.toString().substring(before);
        assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("SEKRET-OSOBISTY")
                .doesNotContain("Jan Kowalski");
        assertThat(logged.lines().filter(line -> line.contains(" WARN "))).isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain("SEKRET-OSOBISTY"));
    }

    private void uidl(String body) throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=" + uiId)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
