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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same corpus gives byte-identical state through every REST answer after a run, after a replay (reset and
 * reprocess from the earliest offset), and after producing the same corpus again on top; and in each case the
 * state accounts for every input: articles + duplicates + dead letters = inputs, events in state = events sent.
 * The corpus has a duplicate and an unreadable file, so every side of the accounting is exercised.
 */
@KafkaIT
class ReplayDeterminismIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));
    private static final Duration SETTLE = Duration.ofMinutes(3);

    @Test
    void shouldGiveIdenticalStateWhenReplayedAndWhenCorpusIsProducedAgain(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        List<String> corpus = corpus(tmp.resolve("corpus"));
        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0,
                tmp.resolve("data"), "127.0.0.1", 0, kafka.uniqueName("det") + ".", kafka.uniqueName("app"), 0,
                Duration.ofMinutes(2));

        StateSnapshot afterRun;
        ProduceSummary produced;
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(), corpus, kafka.uniqueName("tx"));
            assertThat(Settling.await(pipeline, produced, SETTLE)).isTrue();
            assertBalanced(pipeline, produced);
            afterRun = StateSnapshot.take(pipeline.apiUrl());
        }
        assertThat(produced.duplicates()).isPositive();
        assertThat(produced.deadLetters()).isPositive();
        assertThat(afterRun.eventCount()).isPositive();

        try (Replay replay = Replay.start(new Replay.Request(settings, null, new ReplayCorpus.Pacing(null, 0)),
                System.err)) {
            LocalPipeline pipeline = replay.pipeline();
            assertThat(replay.reset().deletedTopics()).isNotEmpty();
            assertThat(replay.expected().inputs()).isEqualTo(produced.inputs());
            assertThat(Settling.await(pipeline, replay.expected(), SETTLE)).isTrue();
            assertBalanced(pipeline, produced);
            assertThat(StateSnapshot.take(pipeline.apiUrl()).differences(afterRun)).isEmpty();
            JsonNode health = Json.mapper().readTree(HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(pipeline.apiUrl() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(health.get("bootstrap").asText()).isEqualTo(kafka.bootstrapServers());

            ProduceSummary again = CorpusRun.produce(pipeline.clients(), pipeline.topics(), corpus,
                    kafka.uniqueName("tx"));
            // how many transactions the inputs took depends on timing (a transaction closes after 100 ms too)
            assertThat(again).usingRecursiveComparison().ignoringFields("transactions").isEqualTo(produced);
            assertThat(Settling.await(pipeline, again, SETTLE)).isTrue();
            assertThat(StateSnapshot.take(pipeline.apiUrl()).differences(afterRun)).isEmpty();
        }

        // on the run's own data dir (so not --ephemeral: the two contradict each other)
        CliRunner cli = CliRunner.run("replay", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix",
                settings.topicPrefix(), "--application-id", settings.applicationId(), "--data-dir",
                settings.dataDir().toString(), "--port", "0", "--once", "--json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode summary = Json.mapper().readTree(cli.outLines().get(cli.outLines().size() - 1));
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        assertThat(summary.get("replayed").asText()).isEqualTo("topics");
        assertThat(summary.get("articles").asLong()).isEqualTo(produced.articles());
        assertThat(summary.get("duplicates").asLong()).isEqualTo(produced.duplicates());
        assertThat(summary.get("dead_letters").asLong()).isEqualTo(produced.deadLetters());
        assertThat(summary.get("inputs").asLong()).isEqualTo(produced.inputs());

        // with --corpus the state is exactly the re-read corpus, here from a date on, paced at 100 days a second
        CliRunner fromDate = CliRunner.run("replay", "--ephemeral", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix",
                settings.topicPrefix(), "--application-id", settings.applicationId(), "--port", "0", "--corpus",
                corpus.get(0), "--from", "2023-04-01", "--speed", "8640000", "--once", "--json");
        assertThat(fromDate.exitCode()).as(fromDate.err()).isZero();
        JsonNode paced = Json.mapper().readTree(fromDate.outLines().get(fromDate.outLines().size() - 1));
        assertThat(paced.get("replayed").asText()).isEqualTo("corpus");
        assertThat(paced.get("balanced").asBoolean()).isTrue();
        assertThat(paced.get("articles").asLong()).isPositive()
                .isEqualTo(paced.get("produced").get("articles").asLong());
        // the samples dated 2023-04-02, 2023-05-20 and 2023-06-09, plus the undated unreadable file
        assertThat(paced.get("articles").asLong()).isEqualTo(3);
        assertThat(paced.get("dead_letters").asLong()).isEqualTo(1);
    }

    private static void assertBalanced(LocalPipeline pipeline, ProduceSummary produced) {
        var state = pipeline.streams().queries().summary();
        assertThat(RunSummary.balanced(state, produced)).as("state %s vs produced %s", state, produced).isTrue();
        assertThat(state.articles() + state.duplicates() + state.deadLetters()).isEqualTo(produced.inputs());
    }

    /** The seed corpus and the bundled samples, plus a verbatim copy of one article and an unreadable file. */
    private static List<String> corpus(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path samples = SampleCorpus.extract();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path first;
        try (Stream<Path> files = Files.list(samples)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Files.copy(first, dir.resolve("zz-copy-of-" + first.getFileName()));
        Files.write(dir.resolve("zz-broken.txt"), new byte[] {0, (byte) 0xff, 0x13, 0, 0, (byte) 0xfe, 7, 0});
        if (Files.isDirectory(SHARED.resolve("corpus"))) {
            return List.of(dir.toString(), SHARED.resolve("corpus").toString());
        }
        assumeThat(Files.list(dir).count()).isPositive();
        return List.of(dir.toString());
    }
}
