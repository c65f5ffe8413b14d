package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestListener;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.Ingestor;
import io.geowire.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction on several threads changes nothing the producer writes: the same records, in the same order, one
 * transaction per input, with duplicates decided in input order (the first copy stays the original).
 */
class ArticlePipelineHandOffTest {

    private static final Topics TOPICS = Topics.withPrefix("t.");
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final EventExtractor RULES = EventExtractor.createRulesOnly();
    private static final String[] ACTORS = {"Kazakhstan", "Georgia", "Armenia", "Azerbaijan", "Uzbekistan",
        "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Moldova", "Belarus", "Ukraine", "Mongolia"};

    @TempDir
    Path corpus;

    @Test
    void shouldWriteTheSameTransactionsInTheSameOrderWhenExtractingOnSeveralThreads() throws Exception {
        writeCorpus();

        Run single = produce(0);
        Run pooled = produce(3);

        assertThat(single.summary().articles()).isGreaterThan(5);
        assertThat(single.summary().duplicates()).isGreaterThanOrEqualTo(1);
        assertThat(single.summary().deadLetters()).isGreaterThanOrEqualTo(1);
        assertThat(single.summary().events()).isGreaterThan(0);
        assertThat(pooled.summary()).isEqualTo(single.summary());
        assertThat(pooled.summary().addsUp()).isTrue();
        assertThat(pooled.summary().transactions()).isEqualTo(pooled.summary().inputs());
        assertThat(pooled.commits()).isEqualTo(single.commits()).isEqualTo(pooled.summary().inputs());
        assertThat(pooled.records()).containsExactlyElementsOf(single.records());
    }

    /** Produces the corpus through a mock producer; {@code threads} 0 means the single-threaded path. */
    private Run produce(int threads) throws Exception {
        MockProducer<String, byte[]> mock = new MockProducer<>(cluster(), true, null, new StringSerializer(),
                new ByteArraySerializer());
        ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(IngestOptions.defaults()), RULES);
        try (CorpusProducer producer = new CorpusProducer(mock, TOPICS, Clock.fixed(NOW, ZoneOffset.UTC))) {
            List<String> paths = List.of(corpus.toString());
            IngestSummary ingested = threads == 0
                    ? pipeline.run(paths, producer::send)
                    : pipeline.run(paths, producer::send, IngestListener.NONE, threads);
            assertThat(ingested.inputs()).isEqualTo(producer.summary().inputs());
            List<String> records = mock.history().stream()
                    .map(r -> r.topic() + " " + r.key() + " " + r.partition())
                    .toList();
            return new Run(producer.summary(), mock.commitCount(), records);
        }
    }

    private record Run(ProduceSummary summary, long commits, List<String> records) {
    }

    /** Distinct articles about different actors, an exact copy of one of them, and an empty file. */
    private void writeCorpus() throws Exception {
        for (int i = 0; i < ACTORS.length; i++) {
            write(String.format("a%02d.txt", i), article(i));
        }
        write("a99-copy.txt", article(3));
        write("a98-empty.txt", "");
    }

    private static String article(int i) {
        String actor = ACTORS[i];
        return actor + " rejects the referendum\n\n"
                + actor + " will not recognise the breakaway Donetsk People's Republic, the foreign ministry said on "
                + "Friday. " + actor + " and Russia signed a defence pact in " + (2001 + i) + ".\n\n"
                + IntStream.range(0, 40).mapToObj(w -> "word" + (i * 97 + w * 13) % 1000)
                        .reduce((a, b) -> a + " " + b).orElseThrow() + ".\n";
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Cluster cluster() {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, 3)
                .mapToObj(p -> new PartitionInfo(TOPICS.events(), p, node, new Node[] {node}, new Node[] {node}))
                .toList();
        return new Cluster("test", List.of(node), partitions, java.util.Set.of(), java.util.Set.of());
    }
}
