package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.Ingestor;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.ProducedArticle;
import io.geowire.producer.TopicProvisioner;
import io.geowire.producer.TransactionBatcher;
import io.geowire.producer.TransactionBatching;
import io.geowire.streams.query.ArticleView;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer that dies with a transaction of several inputs open (some of its records already in the log) and is
 * replaced by a rerun with the same transactional id: the open transaction is aborted as a whole, none of its
 * records is ever readable, the rerun writes those inputs again, each with all of its events, and the state holds
 * every article once with its events once. "Dies" is what kill -9 leaves behind: a transaction that nobody commits
 * or aborts, until the next producer with the same id fences the old one (ProducerCrashIT kills a real process).
 */
@KafkaIT
class TransactionBatchAbortIT {

    private static final int ARTICLES = 12;
    private static final TransactionBatching FIVE_A_TRANSACTION = new TransactionBatching(5, Duration.ofSeconds(30));

    @Test
    void shouldReproduceTheAbortedBatchWholeWithoutDuplicatesWhenTheProducerDiesMidBatch(TestKafka kafka,
            @TempDir Path tmp) throws Exception {
        String prefix = kafka.uniqueName("tbatch") + ".";
        Topics topics = Topics.withPrefix(prefix);
        TopicProvisioner.ensureTopics(kafka.admin(), topics, TopicProvisioner.DEFAULT_PARTITIONS);
        ClientConfigs clients = ClientConfigs.of(kafka.bootstrapServers());
        List<ProducedArticle> inputs = extract(TextCorpus.write(tmp.resolve("corpus"), ARTICLES));
        assertThat(inputs).hasSize(ARTICLES);
        List<String> ids = inputs.stream().map(p -> p.ingested().id()).toList();
        long originals = count(inputs, IngestStatus.OK);
        long copies = count(inputs, IngestStatus.DUPLICATE);
        assertThat(inputs.subList(5, 8)).as("the transaction left open holds articles with events")
                .anyMatch(p -> p.ingested().status() == IngestStatus.OK && !p.events().isEmpty());
        String transactionalId = kafka.uniqueName("tx");

        CorpusProducer dead = new CorpusProducer(clients, topics, transactionalId, Clock.systemUTC());
        TransactionBatcher deadBatcher = new TransactionBatcher(dead, FIVE_A_TRANSACTION);
        ProduceSummary rerunSummary;
        try {
            inputs.subList(0, 8).forEach(deadBatcher::accept);
            assertThat(deadBatcher.pending()).as("inputs 6-8 in the open transaction").isEqualTo(3);
            awaitKeysInLog(clients, topics.articles(), ids.subList(5, 8));

            // the rerun: its producer fences the dead one (aborting its open transaction) and writes every input
            try (CorpusProducer rerun = new CorpusProducer(clients, topics, transactionalId, Clock.systemUTC());
                    TransactionBatcher batcher = new TransactionBatcher(rerun, FIVE_A_TRANSACTION)) {
                inputs.forEach(batcher);
                batcher.flush();
                rerunSummary = rerun.summary();
            }
        } finally {
            deadBatcher.close();
            dead.close();
        }
        assertThat(rerunSummary.inputs()).isEqualTo(ARTICLES);
        assertThat(rerunSummary.transactions()).isEqualTo(3);

        // inputs 1-5: committed by the dead producer and again by the rerun; 6-8: written by the dead producer in the
        // transaction it never committed (in the log, never readable) and committed by the rerun; 9-12: the rerun's
        Map<String, Long> expectedCommitted = new HashMap<>();
        Map<String, Long> expectedWritten = new HashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            if (inputs.get(i).ingested().status() == IngestStatus.DEAD_LETTER) {
                continue; // on the dead-letters topic; counted in the state below
            }
            expectedCommitted.merge(ids.get(i), i < 5 ? 2L : 1L, Long::sum);
            expectedWritten.merge(ids.get(i), i < 8 ? 2L : 1L, Long::sum);
        }
        assertThat(keyCounts(clients, topics.articles(), "read_committed")).isEqualTo(expectedCommitted);
        assertThat(keyCounts(clients, topics.articles(), "read_uncommitted")).isEqualTo(expectedWritten);

        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0,
                tmp.resolve("data"), "127.0.0.1", 0, prefix, kafka.uniqueName("app"), 0, Duration.ofMinutes(2));
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            assertThat(Settling.await(pipeline, rerunSummary, Duration.ofMinutes(3))).isTrue();
            var state = pipeline.streams().queries().summary();
            assertThat(state.articles()).as("each article once").isEqualTo(originals);
            assertThat(state.duplicates()).as("each duplicate record once").isEqualTo(copies);
            assertThat(state.deadLetters()).as("each dead letter once").isEqualTo(ARTICLES - originals - copies);
            assertThat(RunSummary.balanced(state, rerunSummary)).as("%s vs %s", state, rerunSummary).isTrue();
            for (ProducedArticle input : inputs.stream()
                    .filter(p -> p.ingested().status() == IngestStatus.OK).toList()) {
                ArticleView article = pipeline.streams().queries().article(input.ingested().id()).orElseThrow();
                assertThat(article.events()).as("events of %s in the state", input.ingested().id())
                        .hasSize(input.events().size())
                        .extracting(ArticleView.ArticleEvent::id).doesNotHaveDuplicates();
            }
        }
    }

    private static long count(List<ProducedArticle> inputs, IngestStatus status) {
        return inputs.stream().filter(p -> p.ingested().status() == status).count();
    }

    private static List<ProducedArticle> extract(Path corpus) {
        List<ProducedArticle> out = new ArrayList<>();
        new ArticlePipeline(new Ingestor(IngestOptions.defaults()), EventExtractor.createRulesOnly())
                .run(List.of(corpus.toString()), out::add);
        return out;
    }

    /** Waits until the open transaction's records for {@code keys} are in the log (readable uncommitted). */
    private static void awaitKeysInLog(ClientConfigs clients, String topic, List<String> keys) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!keyCounts(clients, topic, "read_uncommitted").keySet().containsAll(keys)) {
            assertThat(System.nanoTime()).as("records of the open transaction in the log").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** How often each key occurs on {@code topic} for a reader at {@code isolation}. */
    private static Map<String, Long> keyCounts(ClientConfigs clients, String topic, String isolation) {
        Map<String, Object> config = clients.readCommittedConsumer(null);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                assertThat(System.nanoTime()).as("%s read to its end", topic).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(100)).forEach(r -> keys.add(r.key()));
            }
        }
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
