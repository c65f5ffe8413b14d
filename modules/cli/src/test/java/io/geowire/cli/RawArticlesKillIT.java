package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.ingest.IngestOptions;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --from-topic} killed with SIGKILL in the middle of the raw-articles topic and started again under
 * the same instance id: its open transaction is aborted, the group's offsets say where the committed work ends, and
 * every raw record is on geowire's topics exactly once (read_committed) and in the state exactly once. Rules-only
 * extraction: the test is about delivery, and the learned stage would multiply its CPU time on two shared cores.
 */
@KafkaIT
class RawArticlesKillIT {

    private static final int RECORDS = 240;

    @Test
    void shouldHaveEveryArticleOnceWhenIngestIsKilledMidwayAndRestarted(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        String prefix = kafka.uniqueName("rkill") + ".";
        Topics topics = Topics.withPrefix(prefix);
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, TopicProvisioner.DEFAULT_PARTITIONS);
        List<byte[]> values = new ArrayList<>();
        for (int n = 0; n < RECORDS; n++) {
            values.add(RawArticles.json(n));
        }
        RawArticles.write(clients, topics.rawArticles(), values);
        String group = kafka.uniqueName("ingest");
        String[] ingest = {"ingest", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
            "--from-topic", "raw-articles", "--group", group, "--instance-id", "node-1", "--rules-only"};

        long started = System.nanoTime();
        Process first = ChildJvm.start(tmp.resolve("first.log"), ingest);
        try {
            awaitConsumed(kafka.admin(), group, topics, RECORDS / 4, first, tmp.resolve("first.log"));
            assertThat(first.isAlive()).as("ingest still running when killed").isTrue();
        } finally {
            ChildJvm.kill(first);
        }
        long beforeRestart = consumed(kafka.admin(), group, topics);
        long killedAt = System.nanoTime();
        assertThat(beforeRestart).as("killed mid-way").isLessThan(RECORDS);
        Path secondLog = tmp.resolve("second.log");
        Process second = ChildJvm.start(secondLog, ingest);
        try {
            awaitConsumed(kafka.admin(), group, topics, RECORDS, second, secondLog);
            System.out.printf("raw-articles kill test: %d of %d consumed before the kill after %d ms; the restart "
                    + "finished the rest in %d ms%n", beforeRestart, RECORDS, (killedAt - started) / 1_000_000,
                    (System.nanoTime() - killedAt) / 1_000_000);
        } finally {
            second.destroy(); // SIGTERM: the shutdown hook stops the source, which prints its status
            assertThat(second.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        // 143: the JVM's status after SIGTERM once its shutdown hooks have run
        assertThat(second.exitValue()).as("log: %s", Files.readString(secondLog)).isIn(0, 143);
        ProduceSummary secondRun = lastStatus(secondLog);
        assertThat(secondRun.inputs()).as("the restart did only what the killed process had not committed")
                .isEqualTo(RECORDS - beforeRestart);

        List<ConsumerRecord<String, byte[]>> articles = RawArticles.committed(clients, topics.articles());
        List<ConsumerRecord<String, byte[]>> events = RawArticles.committed(clients, topics.events());
        long deadLetters = RawArticles.committed(clients, topics.deadLetters()).size();
        Map<String, Long> perArticle = articles.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(perArticle.values()).as("no article repeated").containsOnly(1L);
        assertThat(articles.size() + deadLetters).as("no raw record lost").isEqualTo(RECORDS);
        assertThat(articles.size()).isEqualTo(RawArticles.ingestible(values, IngestOptions.defaults()));
        List<Article> decoded = articles.stream().map(r -> Serdes.article().decode(r.value())).toList();
        long duplicates = decoded.stream().filter(a -> a.getDuplicateOf() != null).count();
        long expectedEvents = decoded.stream().mapToLong(Article::getEventCount).sum();
        assertThat(events).as("no event repeated or lost").hasSize((int) expectedEvents);
        assertThat(events.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(expectedEvents);

        ProduceSummary onTopics = new ProduceSummary(RECORDS, articles.size() - duplicates, duplicates, deadLetters,
                expectedEvents, 0);
        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0,
                tmp.resolve("data"), "127.0.0.1", 0, prefix, kafka.uniqueName("app"), 0, Duration.ofMinutes(2));
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            assertThat(Settling.await(pipeline, onTopics, Duration.ofMinutes(3))).isTrue();
            var state = pipeline.streams().queries().summary();
            assertThat(RunSummary.balanced(state, onTopics)).as("%s vs %s", state, onTopics).isTrue();
            assertThat(state.articles() + state.duplicates() + state.deadLetters()).isEqualTo(RECORDS);
        }
    }

    /** The produced counts in the status line {@code ingest} prints when stopped. */
    private static ProduceSummary lastStatus(Path log) throws Exception {
        List<String> json = Files.readAllLines(log).stream().filter(l -> l.startsWith("{")).toList();
        assertThat(json).as("JSON status in %s", log).isNotEmpty();
        JsonNode n = Json.mapper().readTree(json.get(json.size() - 1)).get("produced");
        return new ProduceSummary(n.get("inputs").asLong(), n.get("articles").asLong(), n.get("duplicates").asLong(),
                n.get("deadLetters").asLong(), n.get("events").asLong(), n.get("transactions").asLong());
    }

    private static void awaitConsumed(Admin admin, String group, Topics topics, long atLeast, Process ingest,
            Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline && ingest.isAlive()) {
            if (consumed(admin, group, topics) >= atLeast) {
                return;
            }
            Thread.sleep(50);
        }
        boolean timedOut = ingest.isAlive();
        long consumed = consumed(admin, group, topics);
        if (timedOut) {
            // SIGTERM makes ingest print its status (aborted transactions, last error), which the log alone lacks
            ingest.destroy();
            ingest.waitFor(1, TimeUnit.MINUTES);
        }
        throw new AssertionError("fewer than " + atLeast + " raw records consumed (" + consumed + ") before ingest "
                + (timedOut ? "timed out" : "exited") + "; its warnings, errors and status:\n" + notable(log)
                + "\nits log ends:\n" + LiveProbe.logTail(log));
    }

    /** The lines of a child's log that say something went wrong, and its JSON status lines. */
    private static String notable(Path log) throws Exception {
        return Files.readAllLines(log).stream()
                .filter(l -> l.startsWith("{") || l.contains("WARN") || l.contains("ERROR") || l.contains("Exception"))
                .limit(60).collect(Collectors.joining("\n"));
    }

    /** Raw records the group has committed as consumed (the offsets committed with the output transactions). */
    private static long consumed(Admin admin, String group, Topics topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topics.rawArticles()))
                .filter(e -> e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
    }
}
