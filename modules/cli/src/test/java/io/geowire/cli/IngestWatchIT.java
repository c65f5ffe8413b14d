package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --watch} as the long-running producer of a deployment whose Streams instances run elsewhere: files
 * dropped in the folder become articles on the topics, and a restart under the same {@code --live-id} reads its
 * positions back, so a file ingested before the restart is not produced again. Rules-only extraction: the test is
 * about delivery, and two child JVMs need not load the learned stage's model.
 */
@KafkaIT
class IngestWatchIT {

    @Test
    void shouldProduceEachWatchedFileOnceAcrossARestartWhenRunAsTheIngestService(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        String prefix = kafka.uniqueName("iwatch") + ".";
        Topics topics = Topics.withPrefix(prefix);
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, TopicProvisioner.DEFAULT_PARTITIONS);
        Path watched = Files.createDirectories(tmp.resolve("inbox"));
        String[] ingest = {"ingest", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
            "--watch", watched.toString(), "--live-id", kafka.uniqueName("live"), "--rules-only"};

        drop(watched, tmp, 0);
        drop(watched, tmp, 1);
        Path firstLog = tmp.resolve("first.log");
        Process first = ChildJvm.start(firstLog, ingest);
        try {
            awaitArticles(clients, topics, 2, first, firstLog);
        } finally {
            stop(first);
        }
        assertThat(Files.readString(firstLog)).contains("\"produced\":2");

        drop(watched, tmp, 2);
        Path secondLog = tmp.resolve("second.log");
        Process second = ChildJvm.start(secondLog, ingest);
        try {
            awaitArticles(clients, topics, 3, second, secondLog);
            Thread.sleep(3_000); // a repeat of the first two files would arrive within the poll interval
            assertThat(RawArticles.committed(clients, topics.articles())).hasSize(3);
        } finally {
            stop(second);
        }
        // the restart read both positions back: only the new file was produced
        assertThat(Files.readString(secondLog)).contains("2 positions read back").contains("\"produced\":1,");
    }

    private static void drop(Path watched, Path tmp, int n) throws IOException {
        Path staged = tmp.resolve("staged-" + n + ".txt");
        Files.writeString(staged, TextCorpus.article(n), StandardCharsets.UTF_8);
        Files.move(staged, watched.resolve("article-" + n + ".txt"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitArticles(ClientConfigs clients, Topics topics, int count, Process process, Path log) {
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(process.isAlive()).as("ingest died: %s", Files.readString(log)).isTrue();
            return RawArticles.committed(clients, topics.articles()).size() >= count;
        });
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: the shutdown hook stops the sources and prints their status
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            ChildJvm.kill(process);
        }
    }
}
