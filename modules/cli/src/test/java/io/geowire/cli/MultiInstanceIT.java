package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.producer.ProduceSummary;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the Streams application (same application id, 3 partitions, one standby) share the seed
 * corpus; either answers every endpoint with the same data, and the survivor still does when one stops.
 */
@KafkaIT
class MultiInstanceIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));
    private static final Duration SETTLE = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<LocalPipeline> pipelines = new ArrayList<>();

    @AfterEach
    void stop() {
        pipelines.forEach(LocalPipeline::close);
    }

    @Test
    void shouldAnswerEveryEndpointIdenticallyFromEitherInstanceAndAfterOneStops(TestKafka kafka) throws Exception {
        assumeThat(Files.isDirectory(SHARED.resolve("corpus"))).as("../shared/corpus beside the checkout").isTrue();
        String prefix = kafka.uniqueName("multi") + ".";
        String app = kafka.uniqueName("multi-app");
        LocalPipeline first = start(kafka, prefix, app);
        LocalPipeline second = start(kafka, prefix, app);
        awaitInstances(first, 2);
        ProduceSummary produced = CorpusRun.produce(first.clients(), first.topics(),
                List.of(SHARED.resolve("corpus").toString()), kafka.uniqueName("tx"));
        awaitSettled(first, second, produced);

        Map<String, String> fromFirst = answers(first, articleId(first));
        Map<String, String> fromSecond = answers(second, articleId(first));

        assertThat(fromSecond).isEqualTo(fromFirst);
        // an unknown key is a 404 from either instance: the owner's marked miss, forwarded or answered locally
        for (LocalPipeline p : List.of(first, second)) {
            for (String unknown : List.of("/api/routes/NO_SUCH_ROUTE", "/api/sanctions/ZZZ",
                    "/api/stance?actor=ZZZ&target=QQQ")) {
                HttpResponse<String> miss = get(p, unknown);
                assertThat(miss.statusCode()).as(unknown + " -> " + miss.body()).isEqualTo(404);
                assertThat(miss.headers().firstValue("X-Geowire-Stale")).contains("false");
            }
        }
        assertThat(Json.mapper().readTree(fromFirst.get("/api/stance?actor=KAZ&target=RUS"))
                .get("all_time").get("count").asLong()).isGreaterThanOrEqualTo(10);
        JsonNode instances = getJson(first, "/api/instances");
        assertThat(instances).hasSize(2);
        assertThat(instances).allSatisfy(i -> assertThat(i.get("partitions").toString()).contains("events-"));

        // the work is shared: one instance's own stores hold only part of the state
        assertThat(localAnswer(second, "/internal/local/summary")).isNotEqualTo(fromFirst.get("/api/summary"));
        assertThat(standbyCopyOf(second, first)).isEqualTo(localAnswer(second, "/internal/local/summary"));

        // an instance whose API is gone while it still holds its tasks (as after a crash): standbys answer
        second.closeApi();
        assertThat(answers(first, articleId(first))).isEqualTo(fromFirst);
        assertThat(staleHeader(first, "/api/summary")).isEqualTo("true");
        assertThat(staleHeader(first, "/api/stance/pairs")).isEqualTo("true");

        second.close();
        pipelines.remove(second);

        assertThat(answersWhenServed(first, fromFirst)).isEqualTo(fromFirst);
    }

    /**
     * The summary of {@code owner}'s active partitions as {@code copy} reads it from its standbys (what the
     * failover path asks), polled until the standbys have caught up.
     */
    private String standbyCopyOf(LocalPipeline owner, LocalPipeline copy) throws Exception {
        JsonNode self = null;
        for (JsonNode instance : getJson(owner, "/api/instances")) {
            if (owner.apiUrl().endsWith(":" + instance.get("port").asInt())) {
                self = instance;
            }
        }
        assertThat(self).as("the owner lists itself").isNotNull();
        List<String> tps = new ArrayList<>();
        for (JsonNode partition : self.get("partitions")) {
            String text = partition.asText();
            if (!text.endsWith("(standby)")) {
                int dash = text.lastIndexOf('-');
                tps.add(text.substring(0, dash) + "@" + text.substring(dash + 1));
            }
        }
        String expected = localAnswer(owner, "/internal/local/summary");
        String path = "/internal/local/summary?tp=" + String.join(",", tps);
        String answer = localAnswer(copy, path);
        for (int i = 0; i < 40 && !answer.equals(expected); i++) {
            Thread.sleep(250);
            answer = localAnswer(copy, path);
        }
        return answer;
    }

    private String staleHeader(LocalPipeline p, String path) throws Exception {
        return get(p, path).headers().firstValue("X-Geowire-Stale").orElse("absent");
    }

    private String localAnswer(LocalPipeline p, String path) throws Exception {
        return getJson(p, path).toString();
    }

    private LocalPipeline start(TestKafka kafka, String prefix, String app) throws Exception {
        LocalPipeline p = LocalPipeline.start(new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, null,
                "127.0.0.1", 0, prefix, app, 1, Duration.ofMinutes(2)));
        pipelines.add(p);
        return p;
    }

    /** Every endpoint's body by path; any status but 200 fails. */
    private Map<String, String> answers(LocalPipeline p, String articleId) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths(articleId)) {
            HttpResponse<String> r = get(p, path);
            assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
            bodies.put(path, Json.mapper().readTree(r.body()).toString());
        }
        return bodies;
    }

    /** Polls until every endpoint answers 200 with the expected body (rebalance after the stop). */
    private Map<String, String> answersWhenServed(LocalPipeline p, Map<String, String> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, String> bodies = new LinkedHashMap<>();
        int stale = 0;
        while (System.nanoTime() < deadline) {
            bodies.clear();
            for (String path : expected.keySet()) {
                HttpResponse<String> r = get(p, path);
                if (r.statusCode() == 200) {
                    bodies.put(path, Json.mapper().readTree(r.body()).toString());
                    stale += "true".equals(r.headers().firstValue("X-Geowire-Stale").orElse("")) ? 1 : 0;
                }
            }
            if (bodies.equals(expected)) {
                break;
            }
            Thread.sleep(250);
        }
        System.out.println("MultiInstanceIT: answers marked stale after the stop: " + stale);
        return bodies;
    }

    private static List<String> paths(String articleId) {
        return List.of("/api/stance?actor=KAZ&target=RUS", "/api/stance/pairs", "/api/routes", "/api/routes/CPC",
                "/api/sanctions/KAZ", "/api/events", "/api/events?type=stance&limit=5", "/api/summary",
                "/api/articles/" + articleId);
    }

    private String articleId(LocalPipeline p) throws Exception {
        return getJson(p, "/api/events").get(0).get("articles").get(0).asText();
    }

    private void awaitInstances(LocalPipeline p, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode instances = getJson(p, "/api/instances");
            if (instances.size() == count) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the group never had " + count + " instances");
    }

    /** Both instances caught up, and the merged summary accounts for every input. */
    private void awaitSettled(LocalPipeline a, LocalPipeline b, ProduceSummary produced) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            if (a.streams().isCaughtUp(a.admin()) && RunSummary.balanced(a.queries().summary(), produced)
                    && RunSummary.balanced(b.queries().summary(), produced)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the two instances did not settle in " + SETTLE);
    }

    private JsonNode getJson(LocalPipeline p, String path) throws Exception {
        HttpResponse<String> r = get(p, path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private HttpResponse<String> get(LocalPipeline p, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(p.apiUrl() + path)).timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
