package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.ingest.IngestOptions;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status} against a running pipeline on the real broker, as a user runs it from another terminal. */
@KafkaIT
class StatusCommandIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));

    @Test
    void shouldShowInstanceTasksLagLastEventAndDeadLettersWhenPipelineRuns(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        Path corpus = SHARED.resolve("corpus");
        assumeThat(Files.isDirectory(corpus)).as("../shared/corpus beside the checkout").isTrue();
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        String prefix = kafka.uniqueName("status") + ".";
        String app = kafka.uniqueName("status-app");
        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, null,
                "127.0.0.1", 0, prefix, app, 0, Duration.ofMinutes(2));
        Instant before = Instant.now().minusSeconds(1);
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            ProduceSummary produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(),
                    List.of(corpus.toString(), empty.toString()), CorpusProducer.DEFAULT_TRANSACTIONAL_ID + "-" + app,
                    IngestOptions.defaults(), PipelineMetrics.none());
            assertThat(Settling.await(pipeline, produced, Duration.ofMinutes(2))).as("settled").isTrue();

            CliRunner json = CliRunner.run("status", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
                    "--application-id", app, "--json");
            CliRunner table = CliRunner.run("status", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix",
                    prefix, "--application-id", app);

            assertThat(json.exitCode()).as(json.err()).isZero();
            JsonNode status = Json.mapper().readTree(json.out());
            assertThat(status.get("group_state").asText()).isEqualTo("Stable");
            assertThat(status.get("instances")).hasSize(1);
            List<String> tasks = new ArrayList<>();
            status.get("instances").get(0).get("tasks").forEach(t -> tasks.add(t.asText()));
            assertThat(tasks).isNotEmpty().allMatch(t -> t.matches("\\d+_\\d+"));
            assertThat(status.get("lag")).extracting(l -> l.get("topic").asText())
                    .contains(prefix + "articles", prefix + "events", prefix + "dead-letters");
            assertThat(status.get("total_lag").asLong()).isZero();
            assertThat(Instant.parse(status.get("last_event_time").asText())).isAfter(before);
            assertThat(status.get("dead_letters").asLong()).isEqualTo(1);
            assertThat(status.get("dead_letters_by_stage").get("ingest").asLong()).isEqualTo(1);

            assertThat(table.exitCode()).as(table.err()).isZero();
            assertThat(table.out()).contains("INSTANCE", "TASKS", prefix + "articles", "last event produced:",
                    "dead letters, last 5 min: 1");
        }
    }

    @Test
    void shouldSayNoInstanceRunsWhenTheGroupHasNoMembers(TestKafka kafka) {
        CliRunner result = CliRunner.run("status", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix",
                kafka.uniqueName("none") + ".", "--application-id", kafka.uniqueName("no-such-app"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("no instance is running", "last event produced: none yet");
    }
}
