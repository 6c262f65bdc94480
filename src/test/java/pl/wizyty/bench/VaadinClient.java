package pl.wizyty.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual browser speaking Vaadin's own protocol, as the Flow client does: the bootstrap page, {@code ?v-r=init},
 * then UIDL messages ({@code ?v-r=uidl}) with the CSRF token, {@code syncId} and {@code clientId}; a cookie manager of
 * its own keeps the session. It mirrors the state tree the server sends (tags, properties, text nodes, children,
 * listeners) so that a scenario can click a button by its text, as a person would.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final int FEAT_ELEMENT_DATA = 0;
    private static final int FEAT_PROPERTIES = 1;
    private static final int FEAT_CHILDREN = 2;
    private static final int FEAT_LISTENERS = 4;
    private static final int FEAT_TEXT = 7;

    private final String baseUrl;
    private final HttpClient http;
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private JsonNode constants = JSON.createObjectNode();
    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Everything the last UIDL answer asked the browser to run, e.g. a history push after a server navigation. */
    private String lastExecute = "";
    /** The bytes the last UIDL answer takes as a Java string (Latin-1, or UTF-16 once one Polish letter is in it). */
    private long lastResponseRetained;
    private String lastResponse = "";
    private String lastMessage;

    VaadinClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * How the app keeps a UI's last answer: {@code deflated} (CompactLastResponse since the third pass), or for a jar
     * from before, {@code latin1} (escaped beyond U+00FF) or {@code string} (a plain String).
     */
    private static final String KEPT_AS = System.getProperty("bench.keptAs", "deflated");

    static final class Node {
        final int id;
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }
    }

    /** A fresh page load: the bootstrap page, Vaadin's init and the client's first navigation (one new UI). */
    void open(String route, String query) throws IOException, InterruptedException {
        String path = "/" + route + (query.isEmpty() ? "" : "?" + query);
        HttpResponse<String> page = get(path);
        check(page.statusCode() == 200, "bootstrap " + path + " answered " + page.statusCode());
        HttpResponse<String> init = get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query));
        check(init.statusCode() == 200, "init answered " + init.statusCode());
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        check(uiId >= 0, "init without a UI id");
        nodes.clear();
        constants = JSON.createObjectNode();
        clientId = 0;
        apply(config.path("uidl"));
        navigate(route, query);
    }

    /** An in-app navigation (a router link, Back): the {@code ui-navigate} event on the UI's node. */
    void navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", 1);
        rpc.put("event", "ui-navigate");
        rpc.set("data", data);
        send(List.of(rpc));
    }

    /** Clicks the first element with the tag whose text is {@code text}. */
    void click(String tag, String text) throws IOException, InterruptedException {
        click(find(tag, text).orElseThrow(() -> new IllegalStateException("No " + tag + " '" + text + "'")));
    }

    /** Clicks the first element other than a button that listens to clicks and reads {@code text} (a menu item). */
    void clickItem(String text) throws IOException, InterruptedException {
        click(nodes.values().stream().filter(n -> n.listeners.containsKey("click"))
                .filter(n -> !"vaadin-button".equals(n.tag)).filter(n -> text.equals(textOf(n).strip()))
                .min((a, b) -> Integer.compare(a.id, b.id))
                .orElseThrow(() -> new IllegalStateException("No item '" + text + "'")));
    }

    private void click(Node target) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        String hash = target.listeners.get("click");
        if (hash != null) {
            Iterator<String> expressions = constants.path(hash).fieldNames();
            while (expressions.hasNext()) {
                String expression = expressions.next();
                if (expression.startsWith("event.") || expression.startsWith("element.")) {
                    if (expression.endsWith("Key")) {
                        data.put(expression, false);
                    } else {
                        data.put(expression, 0);
                    }
                }
            }
        }
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", target.id);
        rpc.put("event", "click");
        rpc.set("data", data);
        send(List.of(rpc));
    }

    /** Sends a property value from the browser, as a field does when the person changes it. */
    void sync(int node, String property, String value) throws IOException, InterruptedException {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", FEAT_PROPERTIES);
        rpc.put("property", property);
        rpc.put("value", value);
        send(List.of(rpc));
    }

    Optional<Node> find(String tag, String text) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).filter(n -> text.equals(textOf(n).strip()))
                .min((a, b) -> Integer.compare(a.id, b.id));
    }

    List<Node> withTag(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).sorted((a, b) -> Integer.compare(a.id, b.id))
                .toList();
    }

    /** The text of a node and its children, as textContent reads it. */
    String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, 0);
        return text.toString();
    }

    /** A field's label: its {@code label} property when set, else its text (a radio button's label may be either). */
    String labelOf(Node node) {
        JsonNode label = node.properties.get("label");
        return label != null && label.isTextual() ? label.asText() : textOf(node);
    }

    private void appendText(Node node, StringBuilder text, int depth) {
        if (node == null || depth > 30) {
            return;
        }
        if (node.text != null) {
            text.append(node.text);
        }
        for (int child : node.children) {
            appendText(nodes.get(child), text, depth + 1);
        }
    }

    /** Whether a text node, or markup set as one element's inner HTML (a visit card's fields), has the fragment. */
    boolean hasText(String fragment) {
        return nodes.values().stream().anyMatch(n -> n.text != null && n.text.contains(fragment)
                || n.properties.containsKey("innerHTML") && n.properties.get("innerHTML").asText().contains(fragment));
    }

    /** Vaadin keeps each UI's last answer (UIInternals.lastRequestResponse) to resend it; this is its size. */
    /** The last UIDL answer, as the server kept it for a resend (the harness writes one per scenario). */
    String lastResponse() {
        return lastResponse;
    }

    long lastResponseRetained() {
        return lastResponseRetained;
    }

    String lastExecute() {
        return lastExecute;
    }

    /** Spring Security's form sign-in, as the login form posts it: e-mail, password and the page's CSRF token. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF_META.matcher(page.body());
        check(csrf.find(), "no CSRF token on the sign-in page");
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        check(answer.statusCode() == 302 && !location.contains("error"), "sign-in refused: " + answer.statusCode()
                + " " + location);
    }

    private void send(List<ObjectNode> rpcs) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode array = message.putArray("rpc");
        rpcs.forEach(array::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        lastMessage = JSON.writeValueAsString(message);
        String body = post(lastMessage);
        lastResponse = body;
        lastResponseRetained = retainedSize(body);
        JsonNode uidl = JSON.readTree(body);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        check(uidl.path("syncId").asInt(-1) >= 0, "UIDL refused (syncId -1): " + abbreviate(body));
        JsonNode error = uidl.path("meta").path("appError");
        check(error.isMissingNode() || error.path("caption").isNull() && error.path("message").isNull(),
                "application error: " + error);
        check(!uidl.path("meta").has("sessionExpired"), "session expired");
        apply(uidl);
    }

    /**
     * Sends the last message again, as a browser does when its answer was lost on the way, and returns the answer
     * without applying it (it describes what the client already has).
     */
    String resendLast() throws IOException, InterruptedException {
        check(lastMessage != null, "nothing sent yet");
        return post(lastMessage);
    }

    private String post(String message) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        check(answer.statusCode() == 200, "UIDL answered " + answer.statusCode());
        String body = answer.body();
        return body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
    }

    /** The bytes the server keeps for this answer, as {@code bench.keptAs} says it keeps it. */
    private static long retainedSize(String body) {
        long wide = body.chars().filter(c -> c > 0xFF).count();
        return switch (KEPT_AS) {
            case "string" -> wide == 0 ? body.length() : 2L * body.length();
            case "latin1" -> body.length() + 5 * wide;
            default -> {
                if (body.length() < 2048) {
                    yield wide == 0 ? body.length() : 2L * body.length();
                }
                java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
                deflater.setInput(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                deflater.finish();
                byte[] buffer = new byte[8192];
                long size = 0;
                while (!deflater.finished()) {
                    size += deflater.deflate(buffer);
                }
                deflater.end();
                yield size;
            }
        };
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            securityKey = uidl.get("Vaadin-Security-Key").asText();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("constants")) {
            uidl.get("constants").fields().forEachRemaining(e -> ((ObjectNode) constants).set(e.getKey(),
                    e.getValue()));
        }
        lastExecute = uidl.has("execute") ? uidl.get("execute").toString() : "";
        JsonNode changes = uidl.path("changes");
        if (!changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asText("");
            switch (type) {
                case "put" -> {
                    JsonNode value = change.path("value");
                    if (feature == FEAT_ELEMENT_DATA && "tag".equals(key)) {
                        node.tag = value.asText();
                    } else if (feature == FEAT_TEXT && "text".equals(key)) {
                        node.text = value.asText();
                    } else if (feature == FEAT_LISTENERS) {
                        node.listeners.put(key, value.asText());
                    } else if (feature == FEAT_PROPERTIES) {
                        node.properties.put(key, value);
                    }
                }
                case "remove" -> {
                    if (feature == FEAT_PROPERTIES) {
                        node.properties.remove(key);
                    } else if (feature == FEAT_LISTENERS) {
                        node.listeners.remove(key);
                    }
                }
                case "splice" -> {
                    if (feature == FEAT_CHILDREN) {
                        int index = change.path("index").asInt();
                        int remove = change.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < node.children.size(); i++) {
                            node.children.remove(index);
                        }
                        JsonNode added = change.path("addNodes");
                        int at = Math.min(index, node.children.size());
                        for (JsonNode child : added) {
                            node.children.add(at++, child.asInt());
                        }
                    }
                }
                case "clear" -> {
                    if (feature == FEAT_CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                }
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
