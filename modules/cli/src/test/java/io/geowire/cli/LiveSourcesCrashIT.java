package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --watch} killed with SIGKILL while files keep arriving, then started again: every file ends up on the
 * topics and in the state exactly once. The positions the first process committed stop the second from producing
 * those files again; the transaction the kill left open is aborted when the second fences the first. Rules-only
 * extraction, as the test is about delivery ({@code FeedKillIT} keeps the learned stage in a killed child).
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
        int port = LiveProbe.freePort();
        String[] run = {"run", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
            "--application-id", kafka.uniqueName("app"), "--port", Integer.toString(port), "--data-dir",
            tmp.resolve("data").toString(), "--watch", watched.toString(), "--rules-only"};
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.sorted().toList();
        }

        Process first = ChildJvm.start(tmp.resolve("first.log"), run);
        int next = 0;
        try {
            // files arrive one by one, as a crawler would drop them; the process dies with some of them produced
            while (RawArticles.committedKeys(clients, topics.sourcePositions()).size() < FILES / 3) {
                assertThat(first.isAlive()).as("log: %s", LiveProbe.logTail(tmp.resolve("first.log"))).isTrue();
                if (next < FILES) {
                    drop(files.get(next++), watched);
                }
                Thread.sleep(150);
            }
        } finally {
            ChildJvm.kill(first);
        }
        int producedBeforeKill = RawArticles.committedKeys(clients, topics.sourcePositions()).size();
        System.out.println("LiveSourcesCrashIT: " + producedBeforeKill + " of " + FILES + " files produced when killed");
        while (next < FILES) {
            drop(files.get(next++), watched);
        }

        Process second = ChildJvm.start(tmp.resolve("second.log"), run);
        try {
            LiveProbe.awaitRestartCompletes(second, tmp.resolve("second.log"), port, clients, topics, FILES,
                    producedBeforeKill, Duration.ofMinutes(3));
        } finally {
            ChildJvm.kill(second);
        }

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
}
