package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestOptions;
import io.geowire.model.Serdes;
import io.geowire.model.avro.DeadLetter;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak run of issue 10 at the size {@code mvn verify} affords: 500 hostile inputs from {@code geowire generate}
 * (future dates and year ranges, Unicode, duplicates, malformed HTML and JSON, gzip, a decompression bomb, empty
 * and binary files) through the path of {@code run --once --json --corpus DIR}: ingest and extract, one
 * transaction per article, the Streams app, then the settle wait and the summary from the state stores. No single
 * input may stop it. The full size (5,000) runs from the command in docs/operations.md. Extraction is the rules
 * alone ({@code run --once --rules-only}): with the learned stage this was the suite's slowest test (3.5 minutes on
 * two loaded cores), and the learned stage's own robustness on hostile text is the extract module's
 * {@code RobustnessTest}.
 */
@KafkaIT
class SoakIT {

    private static final int INPUTS = 500;
    private static final long SEED = 1;
    /** Enough to be over any sane decompression limit, small enough for two shared cores. */
    private static final int BOMB_MEGABYTES = 32;
    /**
     * The default mix with fewer large files: five of 32 KB to 1 MB instead of twenty, which took most of the
     * run's time on two cores (extraction is linear in text length); the 5,000 run keeps the default.
     */
    private static final String MIX = "large=1";
    private static final Path OWN_CORPORA = Path.of("../extract/src/test/resources");
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void shouldCompleteBalancedWithStreamsRunningAndEveryDeadLetterReasonedWhenInputIsHostile(TestKafka kafka,
            @TempDir Path tmp) throws Exception {
        SoakCorpusGenerator.Report generated = generate(tmp.resolve("soak"));
        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0,
                tmp.resolve("data"), "127.0.0.1", 0, kafka.uniqueName("soak") + ".", kafka.uniqueName("soak-app"), 0,
                Duration.ofMinutes(2));
        long started = System.nanoTime();
        try (LocalPipeline pipeline = LocalPipeline.start(settings);
                StreamsStateRecorder states = StreamsStateRecorder.watch(pipeline.streams()::state)) {
            ProduceSummary produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(),
                    List.of(generated.folder().toString()), kafka.uniqueName("soak-tx"), IngestOptions.defaults(),
                    PipelineMetrics.none(), EventExtractor.createRulesOnly());
            long producedAt = System.nanoTime();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitCode = onceJson().report(pipeline, produced, started, Map.of(), new PrintWriter(out, true),
                    new PrintWriter(err, true));
            String summaryLine = out.toString().lines().reduce((a, b) -> b).orElseThrow();
            JsonNode summary = Json.mapper().readTree(summaryLine);
            List<DeadLetter> deadLetters = deadLetters(pipeline);
            System.out.printf(Locale.ROOT, "soak: %d inputs in %.1f s (ingest, extract and produce %.1f s), Streams "
                    + "states %s%nsummary %s%n%sdead letters by reason %s%n", produced.inputs(),
                    (System.nanoTime() - started) / 1e9, (producedAt - started) / 1e9, states.transitions(),
                    summaryLine, err, byReason(deadLetters));

            // the Streams app: no input may put it into ERROR (issue 10, item 1; on main before the streams fixes a
            // future publication date made the broker reject a changelog record's timestamp and the app went to ERROR)
            assertThat(states.transitions()).as("Streams state transitions after start")
                    .doesNotContain(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR,
                            KafkaStreams.State.PENDING_SHUTDOWN, KafkaStreams.State.NOT_RUNNING);
            assertThat(pipeline.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            // completes: settled within the timeout, exit code 0, the stores match what was sent
            assertThat(summary.get("settled").asBoolean()).as(summaryLine + err).isTrue();
            assertThat(summary.get("balanced").asBoolean()).as(summaryLine).isTrue();
            assertThat(exitCode).as(summaryLine).isEqualTo(ExitCodes.OK);
            // counts add up: every generated input is accounted for, as an article, a duplicate or a dead letter
            assertThat(produced.inputs()).isBetween((long) generated.minInputs(), (long) generated.maxInputs());
            assertThat(summary.get("inputs").asLong()).isEqualTo(produced.inputs());
            assertThat(produced.inputs()).isEqualTo(produced.articles() + produced.duplicates()
                    + produced.deadLetters());
            assertThat(summary.get("duplicates").asLong()).as("exact and spun copies")
                    .isGreaterThanOrEqualTo(generated.inputs().get(SoakCorpusGenerator.Kind.EXACT_DUPLICATE));
            // the dead letters on the topic are the ones the state counts
            assertThat(deadLetters).hasSize((int) summary.get("dead_letters").asLong());
            // every dead letter says why, in terms of the input: "cannot process: ..." is ingestion's catch-all for
            // an unexpected exception (on main before the ingest fixes, deep HTML gave "cannot process:
            // StackOverflowError" and "PatternSyntaxException: Stack overflow during pattern compilation")
            assertThat(deadLetters).allSatisfy(letter -> {
                assertThat(letter.getReason()).as(letter.getSource()).isNotBlank().doesNotStartWith("cannot process");
                assertThat(letter.getStage()).as(letter.getSource()).isNotBlank();
            });
        }
    }

    private static SoakCorpusGenerator.Report generate(Path folder) throws Exception {
        List<Path> sources = new ArrayList<>();
        sources.add(SampleCorpus.extract());
        for (String set : List.of("devset", "holdout", "holdout2")) {
            Path corpus = OWN_CORPORA.resolve(set).resolve("corpus");
            assertThat(corpus).as("the extract module's own corpora").isDirectory();
            sources.add(corpus);
        }
        var settings = new SoakCorpusGenerator.Settings(INPUTS, SEED, SoakCorpusGenerator.Settings.weights(MIX), 1,
                BOMB_MEGABYTES);
        return new SoakCorpusGenerator(SoakSentences.from(sources), settings).write(folder);
    }

    private static OnceOptions onceJson() {
        OnceOptions once = new OnceOptions();
        once.once = true;
        once.json = true;
        once.settleTimeout = SETTLE_TIMEOUT;
        return once;
    }

    /** The committed dead letters, one per key (a key is counted once, as the state counts them). */
    private static List<DeadLetter> deadLetters(LocalPipeline pipeline) {
        Map<String, DeadLetter> byKey = new LinkedHashMap<>();
        String topic = pipeline.topics().deadLetters();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(pipeline.clients().readCommittedConsumer(null))) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(r -> byKey.putIfAbsent(r.key(), Serdes.deadLetter().decode(r.value())));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Reasons with their numbers and quoted details left out, so alike reasons count together. */
    private static Map<String, Long> byReason(List<DeadLetter> letters) {
        Map<String, Long> counts = new TreeMap<>();
        letters.forEach(l -> counts.merge(l.getStage() + ": " + shape(l.getReason()), 1L, Long::sum));
        return counts;
    }

    private static String shape(String reason) {
        String s = reason == null ? "(none)" : reason.replaceAll("^line \\d+: ", "");
        s = s.replaceAll("\\d+(\\.\\d+)?", "N");
        return s.length() > 70 ? s.substring(0, 70) + "..." : s;
    }
}
