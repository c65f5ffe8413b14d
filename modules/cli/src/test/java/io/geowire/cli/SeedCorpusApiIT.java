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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The seed corpus through the whole pipeline on a real broker, checked through the REST API users call. */
@KafkaIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCorpusApiIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalPipeline pipeline;
    private ProduceSummary produced;

    @BeforeAll
    void runSeedCorpus(TestKafka kafka) throws Exception {
        assumeThat(Files.isDirectory(SHARED.resolve("corpus"))).as("../shared/corpus beside the checkout").isTrue();
        pipeline = LocalPipeline.start(new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, null,
                "127.0.0.1", 0, kafka.uniqueName("seed") + ".", kafka.uniqueName("app"), 0, Duration.ofMinutes(2)));
        produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(),
                List.of(SHARED.resolve("corpus").toString()), kafka.uniqueName("tx"));
        assertThat(Settling.await(pipeline, produced, Duration.ofMinutes(3))).isTrue();
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldShowKazakhstanDistancingFromRussiaOverManyEventsAndWindows() throws Exception {
        JsonNode stance = get("/api/stance?actor=KAZ&target=RUS");

        assertThat(stance.get("all_time").get("score").asDouble()).isNegative();
        assertThat(stance.get("all_time").get("count").asLong()).isGreaterThanOrEqualTo(10);
        long windowsWithEvents = 0;
        for (JsonNode window : stance.get("windows")) {
            if (window.get("count").asLong() > 0) {
                windowsWithEvents++;
            }
        }
        assertThat(windowsWithEvents).isGreaterThanOrEqualTo(2);
        assertThat(get("/api/stance/pairs").toString()).contains("\"actor\":\"KAZ\"");
    }

    @Test
    void shouldShowCpcWithSeveralIncidents() throws Exception {
        JsonNode cpc = get("/api/routes/CPC");

        assertThat(cpc.get("incidents").size()).isGreaterThanOrEqualTo(2);
        assertThat(cpc.get("status").asText()).isIn("disrupted", "at_risk", "operational");
        assertThat(get("/api/routes").toString()).contains("\"route\":\"CPC\"");
    }

    @Test
    void shouldCorroborateTheSanctionsStatementReportedByTwoArticles() throws Exception {
        JsonNode ledger = get("/api/sanctions/KAZ");

        assertThat(ledger.get("statements")).anySatisfy(statement -> {
            assertThat(statement.get("position").asText()).isEqualTo("refuse_circumvent");
            assertThat(statement.get("sources").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(statement.get("articles").size()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void shouldReportBootstrapInHealthAndAccountForEveryInput() throws Exception {
        JsonNode health = get("/health");
        JsonNode summary = get("/api/summary");

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("bootstrap").asText()).isEqualTo(pipeline.bootstrap());
        assertThat(summary.get("articles").asLong() + summary.get("duplicates").asLong()
                + summary.get("dead_letters").asLong()).isEqualTo(produced.inputs());
    }

    @Test
    void shouldListThisInstanceWithItsStoresAndExposeStreamsMetrics() throws Exception {
        JsonNode instances = get("/api/instances");

        assertThat(instances).hasSize(1);
        assertThat(instances.get(0).get("self").asBoolean()).isTrue();
        assertThat(instances.get(0).get("stores").size()).isPositive();
        assertThat(instances.get(0).get("partitions").toString()).contains("events-");
        HttpResponse<String> metrics = http.send(request("/metrics"), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("kafka_stream").contains("http_server_requests_seconds");
    }

    @Test
    void shouldAnswerNotFoundForUnknownRoute() throws Exception {
        HttpResponse<String> response = http.send(request("/api/routes/NO_SUCH_ROUTE"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(response.body()).has("error")).isTrue();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(pipeline.apiUrl() + path)).timeout(Duration.ofSeconds(10)).build();
    }
}
