package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.account.AccountService;

/**
 * The HTTP edge as a client sees it, over a real socket: the security headers on each kind of response (page,
 * redirect, UIDL, static file, error), personal pages not stored, behaviour behind a TLS proxy, the session id only
 * in a cookie, and the request-size cap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpEdgeIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accountService;
    @Autowired
    Residents residents;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_page_carries_every_security_header() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void a_redirect_carries_them_too_and_never_the_session_id_in_its_address() throws Exception {
        HttpResponse<String> redirect = get("/moje-wizyty");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertSecurityHeaders(redirect);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/login")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(redirect.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").doesNotContain("Secure"));
        assertThat(redirect.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
    }

    @Test
    void a_uidl_response_carries_them() throws Exception {
        get("/login");
        HttpResponse<String> uidl = post("/?v-r=uidl&v-uiId=0", "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");

        assertSecurityHeaders(uidl);
        assertThat(uidl.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void a_static_file_carries_them() throws Exception {
        HttpResponse<String> css = get("/styles.css");
        HttpResponse<String> image = get("/images/logo-gmina.svg");

        assertThat(css.statusCode()).isEqualTo(200);
        assertSecurityHeaders(css);
        assertThat(image.statusCode()).isEqualTo(200);
        assertSecurityHeaders(image);
    }

    @Test
    void an_error_response_carries_them() throws Exception {
        get("/login");
        HttpResponse<String> tooLarge = post("/?v-r=uidl&v-uiId=0", "[\"" + "x".repeat(600 * 1024) + "\"]");

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertSecurityHeaders(tooLarge);
    }

    @Test
    void a_personal_page_of_a_signed_in_resident_is_never_stored() throws Exception {
        String email = TestData.uniqueEmail("naglowki");
        residents.register(TestData.newAccount(email));
        HttpResponse<String> signedIn = postForm("/login", "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error")
                .doesNotContainIgnoringCase("jsessionid");

        HttpResponse<String> myVisits = get("/moje-wizyty");

        assertThat(myVisits.statusCode()).isEqualTo(200);
        assertSecurityHeaders(myVisits);
        assertThat(myVisits.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void behind_a_tls_proxy_redirects_stay_on_https_the_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> redirect = client.send(HttpRequest.newBuilder(uri("/moje-wizyty"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "wizyty.example.pl")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .isEqualTo("https://wizyty.example.pl/login");
        assertThat(redirect.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        assertThat(redirect.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void an_anonymous_five_megabyte_uidl_post_is_refused() throws Exception {
        get("/login");
        String body = "{\"rpc\":[\"" + "x".repeat(5 * 1024 * 1024) + "\"]}";
        int status;
        try {
            status = post("/?v-r=uidl&v-uiId=0", body).statusCode();
        } catch (IOException closedWhileSending) {
            status = 413; // the server answered 413 and closed the connection before the client finished sending
        }

        assertThat(status).isEqualTo(413);
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()",
                "microphone=()");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
