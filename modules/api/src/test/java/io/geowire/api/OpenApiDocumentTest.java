package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the hand-written OpenAPI document to the routes really registered and the checks handlers really make. */
class OpenApiDocumentTest {

    private static final Pattern PARAM_READ = Pattern.compile("(?:queryParam|pathParam)\\(\"([A-Za-z_]+)\"\\)");
    private static RunningApi api;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        // one live source that has polled and one that never has: both shapes of the listing are checked
        SourcesInfo sources = () -> java.util.List.of(
                new SourceInfo("watch:/data/in", "watch", "/data/in", 2, java.time.Instant.EPOCH, 1, 1, 0, 1, 0, 0,
                        1, "cannot read a.txt", java.time.Instant.EPOCH),
                new SourceInfo("feed:http://x/rss", "feed", "http://x/rss", 0, null, 0, 0, 0, 0, 0, 0, 0, null,
                        null));
        api = RunningApi.start(DashboardSamples.fill(new InMemoryQueries()), ApiExtras.none().withSources(sources));
        RunningApi.Reply reply = api.get("/api/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        doc = reply.json();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void shouldDescribeExactlyTheRegisteredGetRoutesWhenServed() {
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(names(doc.get("paths"))).containsExactlyInAnyOrderElementsOf(new TreeSet<>(api.server().getRoutes()));
        doc.get("paths").forEach(item -> assertThat(names(item)).containsExactly("get"));
    }

    /** The bearer check guards every route but /health (docs/security.md), so each operation documents its 401. */
    @Test
    void shouldDeclareUnauthorizedOnEveryOperationButHealth() {
        doc.get("paths").fields().forEachRemaining(path -> {
            boolean declares = path.getValue().get("get").get("responses").has("401");
            assertThat(declares).as(path.getKey()).isEqualTo(!path.getKey().equals("/health"));
        });
    }

    @Test
    void shouldAnswerWithoutParameterErrorWhenEveryDocumentedParameterIsValid() {
        forEachOperation((path, parameters) -> {
            if (isStream(path)) {
                return; // never ends while the server runs: StreamEndpointTest reads it
            }
            RunningApi.Reply reply = api.get(url(path, parameters, null, null));
            assertThat(reply.status()).as(path + " " + reply.text()).isIn(200, 404);
        });
    }

    @Test
    void shouldRejectEachDocumentedParameterByNameWhenItIsMalformed() {
        forEachOperation((path, parameters) -> {
            for (JsonNode p : parameters) {
                String name = p.get("name").asText();
                RunningApi.Reply reply = api.get(url(path, parameters, name, invalidValue(p.get("schema"))));
                Replies.assertBadParameter(reply, name);
            }
        });
    }

    @Test
    void shouldRejectEachRequiredQueryParameterByNameWhenItIsMissing() {
        forEachOperation((path, parameters) -> {
            for (JsonNode p : parameters) {
                if ("query".equals(p.get("in").asText()) && p.path("required").asBoolean()) {
                    String name = p.get("name").asText();
                    Replies.assertBadParameter(api.get(url(path, parameters, name, "")), name);
                }
            }
        });
    }

    @Test
    void shouldDocumentEveryParameterTheHandlersReadWhenScanningSources() throws IOException {
        Set<String> documented = new TreeSet<>();
        forEachOperation((path, parameters) -> parameters.forEach(p -> documented.add(p.get("name").asText())));
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PARAM_READ.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        assertThat(read).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(read);
    }

    @Test
    void shouldMatchResponseFieldsToSchemasWhenStateHasData() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("/api/stance", "/api/stance?actor=KAZ&target=RUS");
        samples.put("/api/stance/pairs", "/api/stance/pairs");
        samples.put("/api/routes", "/api/routes");
        samples.put("/api/routes/{id}", "/api/routes/CPC");
        samples.put("/api/sanctions/{actor}", "/api/sanctions/KAZ");
        samples.put("/api/events", "/api/events");
        samples.put("/api/summary", "/api/summary");
        samples.put("/api/articles/{id}", "/api/articles/" + DashboardSamples.ARTICLE_NON_RECOGNITION);
        samples.put("/api/instances", "/api/instances");
        samples.put("/api/sources", "/api/sources");
        samples.forEach((path, url) -> {
            RunningApi.Reply reply = api.get(url);
            assertThat(reply.status()).as(url).isEqualTo(200);
            JsonNode schema = doc.at("/paths/" + pointer(path) + "/get/responses/200/content/application~1json/schema");
            assertShape(url, reply.json(), schema);
        });
    }

    @Test
    void shouldDeclareServersAndA503OnEveryStatePathWhenServed() {
        assertThat(doc.path("servers")).isNotEmpty();
        doc.get("paths").fields().forEachRemaining(e -> {
            JsonNode responses = e.getValue().get("get").get("responses");
            boolean readsState = e.getKey().startsWith("/api/") && !e.getKey().equals("/api/openapi.json")
                    && !e.getKey().equals("/api/instances") && !e.getKey().equals("/api/sources");
            if (readsState) {
                assertThat(responses.has("503")).as(e.getKey() + " declares 503").isTrue();
            }
        });
    }

    @Test
    void shouldAnswerEveryDeclaredStatusFromTheDocumentWhenStarting() {
        try (RunningApi starting = RunningApi.start(DashboardSamples.fill(new InMemoryQueries()),
                HealthInfo.of(() -> HealthInfo.STARTING, "localhost:9092"))) {
            forEachOperation((path, parameters) -> {
                RunningApi.Reply reply = starting.get(url(path, parameters, null, null));
                JsonNode responses = doc.at("/paths/" + pointer(path) + "/get/responses");
                assertThat(responses.has(Integer.toString(reply.status())))
                        .as(path + " answered " + reply.status() + ", not declared").isTrue();
            });
        }
    }

    /** An endpoint that answers with an open event stream instead of one document. */
    private static boolean isStream(String path) {
        return doc.at("/paths/" + pointer(path) + "/get/responses/200/content").has("text/event-stream");
    }

    private interface OperationCheck {
        void check(String path, List<JsonNode> parameters) throws IOException;
    }

    private static void forEachOperation(OperationCheck check) {
        doc.get("paths").fields().forEachRemaining(e -> {
            List<JsonNode> parameters = new ArrayList<>();
            e.getValue().get("get").path("parameters").forEach(parameters::add);
            try {
                check.check(e.getKey(), parameters);
            } catch (IOException ex) {
                throw new AssertionError(ex);
            }
        });
    }

    /** The path with every parameter at its example, except {@code replaced} at {@code value} ("" = left out). */
    private static String url(String path, List<JsonNode> parameters, String replaced, String value) {
        String result = path;
        List<String> query = new ArrayList<>();
        for (JsonNode p : parameters) {
            String name = p.get("name").asText();
            assertThat(p.get("schema").has("example")).as(path + " " + name + " needs an example").isTrue();
            String v = name.equals(replaced) ? value : p.get("schema").get("example").asText();
            if ("path".equals(p.get("in").asText())) {
                result = result.replace("{" + name + "}", encode(v));
            } else if (!v.isEmpty()) {
                query.add(name + "=" + encode(v));
            }
        }
        return query.isEmpty() ? result : result + "?" + String.join("&", query);
    }

    // a value the schema itself forbids
    private static String invalidValue(JsonNode schema) {
        if (schema.has("enum")) {
            return "none-of-these";
        }
        if ("date".equals(schema.path("format").asText())) {
            return "2022-02-30";
        }
        if (schema.has("maximum")) {
            return Integer.toString(schema.get("maximum").asInt() + 1);
        }
        assertThat(schema.has("pattern")).as("a constraint in " + schema).isTrue();
        assertThat("!!").doesNotMatch(schema.get("pattern").asText());
        return "!!";
    }

    private static void assertShape(String where, JsonNode value, JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (value.isArray()) {
            assertThat(value).as(where + " sample must not be empty").isNotEmpty();
            assertShape(where + "[0]", value.get(0), resolved.get("items"));
        } else if (value.isObject() && resolved.has("properties")) {
            assertThat(names(value)).as(where).containsExactlyInAnyOrderElementsOf(names(resolved.get("properties")));
            resolved.get("properties").fields().forEachRemaining(p -> {
                JsonNode child = value.get(p.getKey());
                if (!child.isNull() && (child.isObject() || child.isArray() && !child.isEmpty())) {
                    assertShape(where + "." + p.getKey(), child, p.getValue());
                }
            });
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = doc.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
