package pl.wizyty.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP adapter against a local stub of a Polish SMS gateway (MockWebServer): one request per text, no retries. */
class HttpSmsGatewayTest {

    private static final String TOKEN = "test-token-3f9a";
    private static final String ACCEPTED = """
            {"count":1,"list":[{"id":"66D1A0B2","points":0.16,"number":"48500100200","status":"QUEUE"}]}""";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpSmsGateway gateway(String sender, Duration readTimeout) {
        return new HttpSmsGateway(new SmsProperties(true, server.url("/sms.do").uri(), TOKEN, sender,
                Duration.ofSeconds(2), readTimeout, 3, List.of(201, 202, 203, 999)));
    }

    private HttpSmsGateway gateway() {
        return gateway("UrzadGminy", Duration.ofSeconds(5));
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    private RecordedRequest onlyRequest() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(server.getRequestCount()).as("one attempt, no retry inside the adapter").isEqualTo(1);
        return request;
    }

    private static JsonNode json(RecordedRequest request) {
        return JsonMapper.builder().build().readTree(request.getBody().utf8());
    }

    @Test
    void a_text_goes_as_one_json_post_with_the_bearer_token_and_the_provider_id_comes_back() throws Exception {
        answer(200, ACCEPTED);

        SmsResult result = gateway().send("+48 500 100 200", "Wizyta AK-7Q4M2 jutro 09:30, Wydzial Komunikacji.");

        assertThat(result).isEqualTo(new SmsResult.Sent("66D1A0B2"));
        assertThat(result.sent()).isTrue();
        RecordedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/sms.do");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Accept")).contains("application/json");
        JsonNode body = json(request);
        assertThat(body.propertyNames()).containsExactly("to", "from", "message", "encoding");
        assertThat(body.path("to").asString()).isEqualTo("48500100200");
        assertThat(body.path("from").asString()).isEqualTo("UrzadGminy");
        assertThat(body.path("message").asString()).isEqualTo("Wizyta AK-7Q4M2 jutro 09:30, Wydzial Komunikacji.");
        assertThat(body.path("encoding").asString()).isEqualTo("gsm");
    }

    @Test
    void a_text_with_polish_letters_goes_as_utf8_unchanged_and_without_a_sender_the_from_field_is_left_out()
            throws Exception {
        answer(200, ACCEPTED);

        gateway(null, Duration.ofSeconds(5)).send("600100200", "Wizyta w środę, Wydział Komunikacji");

        JsonNode body = json(onlyRequest());
        assertThat(body.propertyNames()).containsExactly("to", "message", "encoding");
        assertThat(body.path("to").asString()).isEqualTo("48600100200");
        assertThat(body.path("message").asString()).isEqualTo("Wizyta w środę, Wydział Komunikacji");
        assertThat(body.path("encoding").asString()).isEqualTo("utf-8");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 408})
    void a_server_error_or_a_request_timeout_is_retryable(int status) throws Exception {
        answer(status, "{\"message\":\"maintenance\"}");

        SmsResult result = gateway().send("500100200", "Przypomnienie");

        assertThat(result).isInstanceOf(SmsResult.RetryableFailure.class);
        assertThat(result.retryable()).isTrue();
        assertThat(((SmsResult.RetryableFailure) result).reason()).isEqualTo("HTTP " + status + ": maintenance");
        onlyRequest();
    }

    @Test
    void too_many_requests_is_retryable_with_the_wait_the_provider_asks_for() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());

        SmsResult result = gateway().send("500100200", "Przypomnienie");

        assertThat(result).isEqualTo(new SmsResult.RetryableFailure("HTTP 429",
                Optional.of(Duration.ofSeconds(30))));
        onlyRequest();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void a_client_error_is_permanent_and_its_reason_never_shows_the_token(int status) throws Exception {
        answer(status, "{\"error\":101,\"message\":\"Authorization failed\"}");

        SmsResult result = gateway().send("500100200", "Przypomnienie");

        assertThat(result).isEqualTo(new SmsResult.PermanentFailure("HTTP " + status + ": Authorization failed"));
        assertThat(result.retryable()).isFalse();
        assertThat(result.toString()).doesNotContain(TOKEN);
        onlyRequest();
    }

    @Test
    void an_error_in_a_200_answer_is_permanent_when_the_provider_says_so() throws Exception {
        answer(200, "{\"error\":13,\"message\":\"No correct phone numbers\"}");

        SmsResult result = gateway().send("500100200", "Przypomnienie");

        assertThat(result).isEqualTo(new SmsResult.PermanentFailure("provider error 13: No correct phone numbers"));
        onlyRequest();
    }

    @Test
    void an_error_in_a_200_answer_with_a_temporary_code_is_retryable() throws Exception {
        answer(200, "{\"error\":203,\"message\":\"Too many requests\"}");

        SmsResult result = gateway().send("500100200", "Przypomnienie");

        assertThat(result).isEqualTo(new SmsResult.RetryableFailure("provider error 203: Too many requests"));
        onlyRequest();
    }

    @Test
    void an_error_object_in_the_serwersms_style_is_understood_too() throws Exception {
        answer(200, """
                {"error":{"code":2001,"type":"ValidationPhoneError","message":"Invalid phone number"}}""");

        SmsResult result = gateway().send("500100200", "Przypomnienie");

        assertThat(result).isEqualTo(new SmsResult.PermanentFailure("provider error 2001: Invalid phone number"));
    }

    @Test
    void a_200_whose_body_is_not_json_counts_as_sent_so_the_resident_is_not_texted_twice() throws Exception {
        answer(200, "OK:66D1A0B2");

        assertThat(gateway().send("500100200", "Przypomnienie")).isEqualTo(new SmsResult.Sent(null));
        onlyRequest();
    }

    @Test
    void a_refused_connection_is_retryable() {
        URI closed = server.url("/sms.do").uri();
        server.close();
        HttpSmsGateway gateway = new HttpSmsGateway(new SmsProperties(true, closed, TOKEN, "UrzadGminy",
                Duration.ofSeconds(2), Duration.ofSeconds(2), 3, List.of()));

        SmsResult result = gateway.send("500100200", "Przypomnienie");

        assertThat(result.retryable()).isTrue();
        assertThat(((SmsResult.RetryableFailure) result).reason()).startsWith("no answer: ConnectException");
    }

    @Test
    void no_answer_within_the_read_timeout_is_retryable() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        SmsResult result = gateway("UrzadGminy", Duration.ofMillis(300)).send("500100200", "Przypomnienie");

        assertThat(result.retryable()).isTrue();
        assertThat(((SmsResult.RetryableFailure) result).reason()).startsWith("no answer: HttpTimeoutException");
        onlyRequest();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22 123 45 67", "+49 151 1234567", "zadzwoń", ""})
    void a_number_that_is_not_a_polish_mobile_is_permanent_without_a_request(String number) {
        SmsResult result = gateway().send(number, "Przypomnienie");

        assertThat(result).isEqualTo(new SmsResult.PermanentFailure("not a Polish mobile number"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_text_longer_than_the_allowed_parts_or_an_empty_one_is_permanent_without_a_request() {
        assertThat(gateway().send("500100200", "a".repeat(460)))
                .isEqualTo(new SmsResult.PermanentFailure("text of 4 SMS, more than wizyty.sms.max-parts=3"));
        answer(200, ACCEPTED);
        assertThat(gateway().send("500100200", "a".repeat(459)).sent()).as("three parts are allowed").isTrue();
        assertThat(gateway().send("500100200", " ")).isEqualTo(new SmsResult.PermanentFailure("empty text"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
