package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --watch} killed with SIGKILL while files keep arriving, then started again: every file ends up on the
 * topics and in the state exactly once. The positions the first process committed stop the second from producing
 * those files again; the transaction the kill left open is aborted when the second fences the first.
 */
@KafkaIT
class LiveSourcesCrashIT {

    private static final int FILES = 24;

    @Test
    void shouldProduceEveryWatchedFileOnceWhenRunIsKilledAndStartedAgain(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        Path corpus = TextCorpus.write(tmp.resolve("corpus"), FILES);
        Path watched = Files.createDirectories(tmp.resolve("watched"));
        String prefix = kafka.uniqueName("lkill") + ".";
        Topics topics = Topics.withPrefix(prefix);
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);
        ClientConfigs clients = ClientConfigs.of(kafka.bootstrapServers());
        int port = freePort();
        String[] run = {"run", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
            "--application-id", kafka.uniqueName("app"), "--port", Integer.toString(port), "--data-dir",
            tmp.resolve("data").toString(), "--watch", watched.toString()};
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.sorted().toList();
        }

        Process first = ChildJvm.start(tmp.resolve("first.log"), run);
        int next = 0;
        try {
            // files arrive one by one, as a crawler would drop them; the process dies with some of them produced
            while (positions(clients, topics).size() < FILES / 3) {
                assertThat(first.isAlive()).as("log: %s", log(tmp, "first.log")).isTrue();
                if (next < FILES) {
                    drop(files.get(next++), watched);
                }
                Thread.sleep(150);
            }
        } finally {
            ChildJvm.kill(first);
        }
        int producedBeforeKill = positions(clients, topics).size();
        System.out.println("LiveSourcesCrashIT: " + producedBeforeKill + " of " + FILES + " files produced when killed");
        while (next < FILES) {
            drop(files.get(next++), watched);
        }

        Process second = ChildJvm.start(tmp.resolve("second.log"), run);
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (positions(clients, topics).size() < FILES || !stateHolds(port, FILES)) {
                assertThat(second.isAlive()).as("log: %s", log(tmp, "second.log")).isTrue();
                assertThat(System.nanoTime()).as("all files produced and in the state; log: %s",
                        log(tmp, "second.log")).isLessThan(deadline);
                Thread.sleep(300);
            }
            JsonNode sources = get(port, "/api/sources");
            assertThat(sources).hasSize(1);
            assertThat(sources.get(0).get("produced").asLong()).as("the second run produced the rest only")
                    .isEqualTo(FILES - producedBeforeKill);
        } finally {
            ChildJvm.kill(second);
        }

        Map<String, Long> perItem = positions(clients, topics);
        assertThat(perItem).hasSize(FILES);
        assertThat(perItem.values()).as("each file's position written once").allMatch(n -> n == 1);
        assertThat(producedBeforeKill).isLessThan(FILES);
        long inputs = OutputTopics.committedRecords(clients, topics.articles())
                + OutputTopics.committedRecords(clients, topics.deadLetters());
        assertThat(inputs).as("articles and dead letters committed").isEqualTo(FILES);
    }

    private static void drop(Path file, Path watched) throws Exception {
        // written beside, then renamed in: the folder never shows a half-written file
        Path tmp = watched.resolve(file.getFileName() + ".tmp");
        Files.copy(file, tmp);
        Files.move(tmp, watched.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The state of the running instance counts every file: articles + duplicates + dead letters. */
    private static boolean stateHolds(int port, int inputs) {
        try {
            JsonNode summary = get(port, "/api/summary");
            return summary.path("articles").asLong() + summary.path("duplicates").asLong()
                    + summary.path("dead_letters").asLong() == inputs;
        } catch (Exception e) {
            return false; // not serving yet
        }
    }

    private static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    /** Committed position records per item key. */
    private static Map<String, Long> positions(ClientConfigs clients, Topics topics) {
        String topic = topics.sourcePositions();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.readCommittedConsumer(null))) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            java.util.List<ConsumerRecord<String, byte[]>> records = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partitions.get(0)) < ends.get(partitions.get(0))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records.stream().map(ConsumerRecord::key).filter(Predicate.not(String::isEmpty))
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        }
    }

    private static String log(Path tmp, String name) {
        try {
            List<String> lines = Files.readAllLines(tmp.resolve(name));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
