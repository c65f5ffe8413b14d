package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer killed (SIGKILL) in the middle of a corpus and started again on the same corpus with the same
 * transactional id loses no article and counts none twice: its open transaction (several articles, as produce
 * batches them) is aborted when the new producer fences the old one, articles it had committed are sent again and
 * recognised by id. Rules-only extraction: the test is about delivery, and the learned stage would multiply its CPU
 * time on two shared cores.
 */
@KafkaIT
class ProducerCrashIT {

    private static final int FILES = 600;

    @Test
    void shouldCountEveryArticleOnceWhenProducerIsKilledAndRerun(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        Path corpus = TextCorpus.write(tmp.resolve("corpus"), FILES);
        String prefix = kafka.uniqueName("pkill") + ".";
        Topics topics = Topics.withPrefix(prefix);
        TopicProvisioner.ensureTopics(kafka.admin(), topics, TopicProvisioner.DEFAULT_PARTITIONS);
        String[] produce = {"produce", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
            "--transactional-id", kafka.uniqueName("tx"), "--rules-only", corpus.toString()};
        Path log = tmp.resolve("producer.log");

        Process first = ChildJvm.start(log, produce);
        try {
            // an article is one record on the articles topic and a transaction of several articles adds a marker
            // per partition: half the files' count of offsets is a little under half the corpus, with the kill
            // falling mid-transaction or between two
            awaitOffsets(kafka.admin(), topics, FILES / 2, first);
            assertThat(first.isAlive()).as("producer still running when killed").isTrue();
        } finally {
            ChildJvm.kill(first);
        }
        Path secondLog = tmp.resolve("rerun.log");
        Process second = ChildJvm.start(secondLog, produce);
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as("log %s: %s", secondLog, Files.readString(secondLog)).isZero();
        ClientConfigs clients = ClientConfigs.of(kafka.bootstrapServers());
        long committed = OutputTopics.committedRecords(clients, topics.articles())
                + OutputTopics.committedRecords(clients, topics.deadLetters());
        assertThat(committed).as("inputs committed before the kill are on the topics twice")
                .isGreaterThan(FILES).isLessThan(2L * FILES);

        // the rerun went over the whole corpus: its own count is what the state must hold
        ProduceSummary expected = lastSummary(secondLog);
        assertThat(expected.inputs()).isEqualTo(FILES);
        assertThat(expected.events()).isGreaterThan(FILES);
        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0,
                tmp.resolve("data"), "127.0.0.1", 0, prefix, kafka.uniqueName("app"), 0, Duration.ofMinutes(2));
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            assertThat(Settling.await(pipeline, expected, Duration.ofMinutes(3))).isTrue();
            var state = pipeline.streams().queries().summary();
            assertThat(RunSummary.balanced(state, expected)).as("%s vs %s", state, expected).isTrue();
            assertThat(state.articles() + state.duplicates() + state.deadLetters()).isEqualTo(FILES);
        }
    }

    /** The JSON summary {@code produce} prints as its last stdout line. */
    private static ProduceSummary lastSummary(Path log) throws Exception {
        List<String> json = Files.readAllLines(log).stream().filter(l -> l.startsWith("{")).toList();
        assertThat(json).as("JSON summary in %s", log).isNotEmpty();
        JsonNode n = Json.mapper().readTree(json.get(json.size() - 1));
        return new ProduceSummary(n.get("inputs").asLong(), n.get("articles").asLong(),
                n.get("duplicates").asLong(), n.get("deadLetters").asLong(), n.get("events").asLong(),
                n.get("transactions").asLong());
    }

    private static long awaitOffsets(Admin admin, Topics topics, long atLeast, Process producer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && producer.isAlive()) {
            long n = articleRecords(admin, topics);
            if (n >= atLeast) {
                return n;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("producer wrote fewer than " + atLeast + " offsets before it "
                + (producer.isAlive() ? "timed out" : "exited"));
    }

    /** Records (and transaction markers) on the articles topic, committed or not. */
    private static long articleRecords(Admin admin, Topics topics) throws Exception {
        var request = new HashMap<TopicPartition, OffsetSpec>();
        for (int p = 0; p < TopicProvisioner.DEFAULT_PARTITIONS; p++) {
            request.put(new TopicPartition(topics.articles(), p), OffsetSpec.latest());
        }
        return admin.listOffsets(request).all().get().values().stream().mapToLong(i -> i.offset()).sum();
    }
}
