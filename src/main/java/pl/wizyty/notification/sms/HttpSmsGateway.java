package pl.wizyty.notification.sms;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import pl.wizyty.base.PolishMobileNumber;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a text as one JSON POST in the shape of the REST APIs of Polish SMS gateways (SMSAPI.pl's field names):
 *
 * <pre>
 * POST {wizyty.sms.url}
 * Authorization: Bearer {wizyty.sms.token}
 * Content-Type: application/json
 *
 * {"to": "48500100200", "from": "UrzadGminy", "message": "...", "encoding": "gsm"}
 * </pre>
 *
 * {@code to} is the E.164 number without the plus; {@code from} is left out when no sender is set; {@code encoding}
 * is {@code gsm} when the text is GSM-7 and {@code utf-8} otherwise (sent as UCS-2, 70 characters a part).
 *
 * <p>The answer: HTTP 2xx is success unless the body carries an {@code "error"}, which both SMSAPI ({@code {"error":
 * 13, "message": "..."}}) and SerwerSMS ({@code {"error": {"code": 2001, "message": "..."}}}) send with HTTP 200; its
 * code is temporary when listed in {@code wizyty.sms.retryable-error-codes}, otherwise permanent. The provider's id is
 * read from {@code list[0].id} (SMSAPI), {@code items[0].id} (SerwerSMS) or {@code id}. A 2xx with a body that is not
 * JSON counts as sent: the provider took the request, and sending again could text the resident twice.
 *
 * <p>One attempt per call, no retries and no sleeping here: see {@link SmsResult} for what the outbox may retry. A
 * timeout is retryable even though the provider may have taken the text; a rare second text is better than a lost
 * reminder.
 */
final class HttpSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ANSWER_BYTES = 16 * 1024;
    private static final int MAX_REASON = 300;

    private final SmsProperties properties;
    private final RestClient client;

    HttpSmsGateway(SmsProperties properties) {
        properties.requireComplete();
        this.properties = properties;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder().requestFactory(requestFactory)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.token()).build();
    }

    @Override
    public SmsResult send(String phoneNumber, String text) {
        Optional<PolishMobileNumber> number = PolishMobileNumber.parse(phoneNumber);
        if (number.isEmpty()) {
            return new SmsResult.PermanentFailure("not a Polish mobile number");
        }
        if (text == null || text.isBlank()) {
            return new SmsResult.PermanentFailure("empty text");
        }
        SmsText.Length length = SmsText.measure(text);
        if (length.parts() > properties.maxParts()) {
            return new SmsResult.PermanentFailure("text of " + length.parts() + " SMS, more than wizyty.sms.max-parts="
                    + properties.maxParts());
        }
        SmsResult result = post(number.get(), text, length.encoding());
        log.info("SMS to {}: {}", number.get().masked(), result);
        return result;
    }

    private SmsResult post(PolishMobileNumber to, String text, SmsText.Encoding encoding) {
        try {
            return client.post().uri(properties.url()).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).body(body(to, text, encoding))
                    .exchange((request, response) -> answer(response.getStatusCode(), response.getHeaders(),
                            read(response.getBody())));
        } catch (ResourceAccessException noAnswer) {
            return new SmsResult.RetryableFailure("no answer: " + describe(noAnswer));
        } catch (RestClientException broken) {
            return new SmsResult.RetryableFailure("request failed: " + describe(broken));
        }
    }

    private Map<String, String> body(PolishMobileNumber to, String text, SmsText.Encoding encoding) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", to.digits());
        if (properties.sender() != null && !properties.sender().isBlank()) {
            body.put("from", properties.sender().strip());
        }
        body.put("message", text);
        body.put("encoding", encoding == SmsText.Encoding.GSM_7 ? "gsm" : "utf-8");
        return body;
    }

    private SmsResult answer(HttpStatusCode status, HttpHeaders headers, String body) {
        int code = status.value();
        if (code == 429 || code == 408 || status.is5xxServerError()) {
            return new SmsResult.RetryableFailure("HTTP " + code + providerMessage(body), retryAfter(headers));
        }
        if (!status.is2xxSuccessful()) {
            return new SmsResult.PermanentFailure("HTTP " + code + providerMessage(body));
        }
        JsonNode answer = parse(body);
        JsonNode error = answer.path("error");
        if (!error.isMissingNode() && !error.isNull() && !(error.isBoolean() && !error.booleanValue())) {
            int errorCode = error.isObject() ? error.path("code").asInt(-1) : error.asInt(-1);
            String reason = "provider error " + errorCode + providerMessage(body);
            return properties.retryableErrorCodes().contains(errorCode) ? new SmsResult.RetryableFailure(reason)
                    : new SmsResult.PermanentFailure(reason);
        }
        return new SmsResult.Sent(providerId(answer));
    }

    private static String read(InputStream body) throws IOException {
        return body == null ? "" : new String(body.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            return JSON.missingNode();
        }
    }

    private static String providerId(JsonNode answer) {
        for (JsonNode id : new JsonNode[] {answer.path("list").path(0).path("id"),
            answer.path("items").path(0).path("id"), answer.path("id")}) {
            if (id.isValueNode() && !id.isNull()) {
                return id.asString();
            }
        }
        return null;
    }

    /** The provider's own words, when its answer has a {@code message} (at the top or inside {@code error}). */
    private static String providerMessage(String body) {
        JsonNode answer = parse(body);
        JsonNode message = answer.path("message");
        if (!message.isValueNode()) {
            message = answer.path("error").path("message");
        }
        if (!message.isValueNode() || message.isNull()) {
            return "";
        }
        String text = message.asString();
        return ": " + (text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text);
    }

    private static Optional<Duration> retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || !value.strip().matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    }

    /** The I/O failure and, when different, its root: "ConnectException (ClosedChannelException)". */
    private static String describe(RestClientException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        Throwable root = e.getMostSpecificCause();
        return name(cause) + (root == cause ? "" : " (" + name(root) + ")");
    }

    private static String name(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
