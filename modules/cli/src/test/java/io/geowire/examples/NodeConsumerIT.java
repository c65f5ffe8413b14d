package io.geowire.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.producer.TopicProvisioner;
import io.geowire.streams.GeowireStreamsApp;
import io.geowire.streams.StreamsSettings;
import io.geowire.streams.TopologyOptions;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the documented Node.js consumer (docs/examples/node-consumer) against the real pipeline: the producer writes
 * lz4-compressed events, Streams writes route-status, and the script decodes both with the repository's schemas.
 * Needs node and npm (the dependencies come from the npm registry); skipped where either is missing.
 */
@KafkaIT
class NodeConsumerIT {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final Path EXAMPLE = REPO.resolve("docs/examples/node-consumer");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path installed;

    @BeforeAll
    static void install() throws IOException, InterruptedException {
        assumeThat(onPath("node") && onPath("npm")).as("node and npm on PATH").isTrue();
        installed = Path.of("target/node-consumer").toAbsolutePath();
        Files.createDirectories(installed);
        for (String file : List.of("package.json", "package-lock.json", "consume.js")) {
            Files.copy(EXAMPLE.resolve(file), installed.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Result npm = run(installed, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund");
        assumeThat(npm.exit()).as("npm ci could reach the registry: " + npm.output()).isZero();
    }

    @Test
    void shouldDecodeEventsAndRouteStatusWhenReadFromNode(TestKafka kafka) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("node") + ".");
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        StreamsSettings settings = StreamsSettings.of(clients).withApplicationId(kafka.uniqueName("app"))
                .withReplicationFactor(1).withStateDir(Files.createTempDirectory("node-state"));
        try (GeowireStreamsApp app = new GeowireStreamsApp(settings, TopologyOptions.defaults().withTopics(topics))) {
            app.start(Duration.ofMinutes(1));
            produceDisruption(kafka, clients, topics);

            JsonNode event = consumeOne(kafka, topics.events());
            JsonNode route = consumeOne(kafka, topics.routeStatus());

            assertThat(event.get("key").asText()).isEqualTo("e-node");
            assertThat(event.at("/value/type").asText()).isEqualTo("route_disruption");
            assertThat(event.at("/value/payload/io.geowire.model.avro.RouteDisruptionEvent/route").asText())
                    .isEqualTo("DRUZHBA");
            assertThat(route.get("key").asText()).isEqualTo("DRUZHBA");
            assertThat(route.at("/value/status").asText()).isEqualTo("disrupted");
            assertThat(route.at("/value/since").toString()).contains("2023-05-16");
        }
    }

    private static JsonNode consumeOne(TestKafka kafka, String topic) throws Exception {
        Result node = run(installed, Duration.ofSeconds(120), "node", "consume.js",
                "--bootstrap", kafka.bootstrapServers(), "--topic", topic,
                "--schemas", REPO.resolve("schemas/history").toString(), "--max", "1", "--timeout", "90");
        assertThat(node.exit()).as(node.output()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : node.output().split("\n")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(lines).as(node.output()).hasSize(1);
        assertThat(lines.get(0).path("value").has("error")).as(node.output()).isFalse();
        return lines.get(0);
    }

    private static void produceDisruption(TestKafka kafka, ClientConfigs clients, Topics topics) {
        // the pipeline's own producer settings, lz4 included: the consumer must cope with what geowire writes
        Map<String, Object> config = new HashMap<>(clients.transactionalProducer(kafka.uniqueName("tx")));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            producer.beginTransaction();
            Article article = Article.newBuilder().setId("a-node").setArticle("druzhba.txt")
                    .setSourcePath("druzhba.txt").setPublished("2023-05-17").setText("Flows were halted.")
                    .setContentHash("h").setEventCount(1).build();
            RouteDisruptionEvent disruption = RouteDisruptionEvent.newBuilder().setId("e-node")
                    .setArticleId("a-node").setArticle("druzhba.txt").setPublished("2023-05-17")
                    .setDate("2023-05-16").setEvidence("Flows were halted.").setEvidenceStart(0).setEvidenceEnd(18)
                    .setConfidence(0.9).setExtractorVersion("example").setRoute("DRUZHBA").setStatus("disrupted")
                    .setCause("attack").build();
            Event event = Event.newBuilder().setId("e-node").setType("route_disruption").setPayload(disruption)
                    .build();
            producer.send(new ProducerRecord<>(topics.articles(), article.getId(), Serdes.article().encode(article)));
            producer.send(new ProducerRecord<>(topics.events(), event.getId(), Serdes.event().encode(event)));
            producer.commitTransaction();
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, Duration limit, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
