package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.Ingestor;
import io.geowire.model.Topics;
import io.geowire.producer.ProduceSummary;
import io.geowire.testing.KafkaCluster;
import io.geowire.testing.KafkaClusterIT;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * geowire on a real three-broker cluster (one shared {@link KafkaCluster}): topics created with replication factor 3
 * and {@code min.insync.replicas=2}, two Streams instances with a standby each. A broker stopped during a replay and
 * started again loses nothing: every REST answer is byte-identical to the clean run's. With two brokers down the
 * producer stops with an error and commits nothing; once they are back, the same command completes.
 */
@KafkaClusterIT
class ClusterIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));
    private static final Duration SETTLE = Duration.ofMinutes(3);
    /** How long the paced replay produces for: long enough to stop and restart a broker in the middle of it. */
    private static final double REPLAY_SECONDS = 15;
    /** How long the stopped broker stays down during the replay. */
    private static final Duration BROKER_DOWN = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : running) {
            c.close();
        }
    }

    @Test
    void shouldLoseNothingWhenBrokerStopsDuringReplayAndStopProducingWhenTwoAreDown(KafkaCluster cluster,
            @TempDir Path tmp) throws Exception {
        long startNanos = System.nanoTime();
        List<String> corpus = corpus(tmp.resolve("corpus"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalPipeline.Settings settings = new LocalPipeline.Settings(cluster.bootstrapServers(), null, 0, null,
                "127.0.0.1", 0, "cluster-" + run + ".", "cluster-app-" + run, 1, Duration.ofMinutes(2));
        Topics topics = Topics.withPrefix(settings.topicPrefix());

        // clean run: a paced replay of the corpus, then a second instance joins with a standby of the first's stores
        ReplayCorpus.Pacing pacing = pacing(corpus);
        Replay cleanReplay = replay(settings, corpus, pacing);
        assertReplicated(cluster, topics.all(), 3, "2");
        assertThat(cleanReplay.expected().inputs()).isPositive();
        StateSnapshot clean = settledSnapshot(cleanReplay, start(settings));
        assertThat(clean.eventCount()).isPositive();
        // Streams' own topics (changelogs, repartition) take the cluster's default replication factor
        List<String> internal = cluster.topicNames().stream().filter(t -> t.startsWith(settings.applicationId()))
                .toList();
        assertThat(internal).isNotEmpty();
        assertReplicated(cluster, internal, 3, "2");
        closeAll();
        System.out.printf("ClusterIT: clean replay with two instances in %d s%n", secondsSince(startNanos));

        // the same replay again; one broker stops as soon as the replay produces and comes back during it
        long replayNanos = System.nanoTime();
        int victim = leaderOf(cluster, topics.articles());
        long cleanEnd = endOffset(cluster, topics.articles());
        BrokerBounce bounce = new BrokerBounce(cluster, victim,
                () -> endOffset(cluster, topics.articles()) > cleanEnd);
        bounce.start();
        Replay replay = replay(settings, corpus, pacing);
        long replayProducedAt = System.nanoTime();
        bounce.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(bounce.isAlive()).as("the broker bounce finished").isFalse();
        assertThat(bounce.failure).as("the broker bounce").isNull();
        assertThat(bounce.stoppedAt.get()).as("broker stopped while the replay produced").isPositive()
                .isLessThan(replayProducedAt);
        assertThat(bounce.startedAt.get()).as("broker back while the replay produced").isPositive()
                .isLessThan(replayProducedAt);
        assertThat(replay.expected()).isEqualTo(cleanReplay.expected());
        LocalPipeline joined = start(settings);
        assertThat(settledSnapshot(replay, joined).differences(clean)).isEmpty();
        System.out.printf("ClusterIT: replay with broker %d down for %d ms in %d s%n", victim,
                TimeUnit.NANOSECONDS.toMillis(bounce.startedAt.get() - bounce.stoppedAt.get()),
                secondsSince(replayNanos));

        // two brokers down: min.insync.replicas=2 cannot be met, so produce fails and commits nothing
        long outageNanos = System.nanoTime();
        cluster.awaitFullIsr(topics.all(), Duration.ofMinutes(1));
        Path clientConfig = tmp.resolve("short-timeouts.properties");
        // the defaults (2 min delivery, 1 min blocking) would make the test slow, not different
        Files.writeString(clientConfig, "delivery.timeout.ms=10000\nrequest.timeout.ms=5000\nmax.block.ms=10000\n");
        long recordsBefore = TopicCensus.count(replay.pipeline().clients(), topics, Duration.ofMinutes(1)).records();
        List<Integer> stopped = cluster.brokerIds().stream().filter(id -> id != victim).limit(2).toList();
        stopped.forEach(cluster::stopBroker);
        CliRunner refused;
        try {
            refused = produce(cluster, settings, clientConfig, corpus, run);
        } finally {
            stopped.forEach(cluster::startBroker);
        }
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("geowire produce: Kafka stopped taking writes after 0 committed inputs")
                .contains("min.insync.replicas").contains("run the same command again");
        System.out.println("ClusterIT: with two brokers down, produce said: " + lastLine(refused.err()));
        cluster.awaitFullIsr(topics.all(), Duration.ofMinutes(1));
        assertThat(TopicCensus.count(replay.pipeline().clients(), topics, Duration.ofMinutes(1)).records())
                .as("nothing committed while two brokers were down").isEqualTo(recordsBefore);

        CliRunner resumed = produce(cluster, settings, clientConfig, corpus, run);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JsonNode summary = Json.mapper().readTree(lastLine(resumed.out()));
        ProduceSummary produced = replay.expected();
        assertThat(summary.get("inputs").asLong()).isEqualTo(produced.inputs());
        // commitTransaction returns once the coordinator has logged the commit; the markers that make the records
        // readable under read_committed reach the partitions a moment later (longer on a loaded machine)
        long expectedRecords = recordsBefore + produced.articles() + produced.events() + produced.duplicates()
                + produced.deadLetters();
        Awaitility.await("the resumed produce's records readable").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(TopicCensus.count(
                        replay.pipeline().clients(), topics, Duration.ofMinutes(1)).records())
                        .isEqualTo(expectedRecords));
        // the corpus again is the same articles again: the state must not change
        assertThat(Settling.await(replay.pipeline(), replay.expected(), SETTLE)).isTrue();
        awaitCaughtUp(replay.pipeline());
        assertThat(StateSnapshot.take(replay.pipeline().apiUrl()).differences(clean)).isEmpty();
        assertThat(StateSnapshot.take(joined.apiUrl()).differences(clean)).isEmpty();
        System.out.printf("ClusterIT: two-broker outage and resumed produce in %d s; whole test %d s%n",
                secondsSince(outageNanos), secondsSince(startNanos));
    }

    private Replay replay(LocalPipeline.Settings settings, List<String> corpus, ReplayCorpus.Pacing pacing)
            throws Exception {
        Replay replay = Replay.start(new Replay.Request(settings, corpus, pacing), quiet());
        running.add(replay);
        return replay;
    }

    /**
     * Waits until the replay's instance and a second one have settled, checks that both answer alike, and returns
     * the state as the first one serves it.
     */
    private StateSnapshot settledSnapshot(Replay replay, LocalPipeline second) throws Exception {
        awaitInstances(replay.pipeline(), 2);
        assertThat(Settling.await(replay.pipeline(), replay.expected(), SETTLE)).as("replay settled").isTrue();
        assertThat(Settling.await(second, replay.expected(), SETTLE)).as("second instance settled").isTrue();
        awaitCaughtUp(replay.pipeline());
        StateSnapshot first = StateSnapshot.take(replay.pipeline().apiUrl());
        assertThat(StateSnapshot.take(second.apiUrl()).differences(first)).isEmpty();
        return first;
    }

    /** Stops one broker once {@code trigger} holds, starts it again {@link #BROKER_DOWN} later. */
    private static final class BrokerBounce extends Thread {
        private final KafkaCluster cluster;
        private final int broker;
        private final Trigger trigger;
        final AtomicLong stoppedAt = new AtomicLong();
        final AtomicLong startedAt = new AtomicLong();
        volatile Throwable failure;

        interface Trigger {
            boolean fired() throws Exception;
        }

        BrokerBounce(KafkaCluster cluster, int broker, Trigger trigger) {
            super("broker-bounce");
            this.cluster = cluster;
            this.broker = broker;
            this.trigger = trigger;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (!trigger.fired()) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the replay never produced");
                    }
                    Thread.sleep(50);
                }
                cluster.stopBroker(broker);
                stoppedAt.set(System.nanoTime());
                Thread.sleep(BROKER_DOWN.toMillis());
                // the moment the restart begins: the broker rejoins while the replay still produces
                startedAt.set(System.nanoTime());
                cluster.startBroker(broker);
            } catch (Throwable e) {
                failure = e;
                if (cluster.runningBrokers() < cluster.brokerIds().size()) {
                    cluster.startBroker(broker);
                }
            }
        }
    }

    private CliRunner produce(KafkaCluster cluster, LocalPipeline.Settings settings, Path clientConfig,
            List<String> corpus, String run) {
        List<String> args = new ArrayList<>(List.of("produce", "--bootstrap", cluster.bootstrapServers(),
                "--topic-prefix", settings.topicPrefix(), "--client-config", clientConfig.toString(),
                "--transactional-id", "cluster-cli-tx-" + run));
        corpus.forEach(path -> args.addAll(List.of("--corpus", path)));
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** Every topic in {@code names} has {@code replicas} copies per partition and the given min.insync.replicas. */
    private static void assertReplicated(KafkaCluster cluster, List<String> names, int replicas, String minInSync)
            throws Exception {
        Map<String, TopicDescription> described = cluster.admin().describeTopics(names).allTopicNames()
                .get(30, TimeUnit.SECONDS);
        assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions())
                .allSatisfy(p -> assertThat(p.replicas()).as(topic.name()).hasSize(replicas)));
        List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = cluster.admin().describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
        assertThat(configs.values()).allSatisfy(config -> {
            ConfigEntry entry = config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
            assertThat(entry.value()).isEqualTo(minInSync);
        });
    }

    private static int leaderOf(KafkaCluster cluster, String topic) throws Exception {
        return cluster.admin().describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                .partitions().get(0).leader().id();
    }

    /** The sum of the topic's end offsets: it grows as soon as anything (even an open transaction) is written. */
    private static long endOffset(KafkaCluster cluster, String topic) throws Exception {
        TopicDescription description = cluster.admin().describeTopics(List.of(topic)).allTopicNames()
                .get(30, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> request = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return cluster.admin().listOffsets(request).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
    }

    /** Pacing that spreads the corpus's publication dates over about {@link #REPLAY_SECONDS} seconds. */
    private static ReplayCorpus.Pacing pacing(List<String> corpus) {
        // ingestion alone finds the dates; extraction, the slow part, is not needed for them
        List<LocalDate> dates = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).ingest(corpus, article -> {
            if (article.published() != null) {
                dates.add(article.published());
            }
        });
        dates.sort(null);
        assertThat(dates).as("dated articles to pace").hasSizeGreaterThan(2);
        long days = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        return new ReplayCorpus.Pacing(null, Math.max(1, days) * 86_400.0 / REPLAY_SECONDS);
    }

    private LocalPipeline start(LocalPipeline.Settings settings) throws Exception {
        LocalPipeline pipeline = LocalPipeline.start(settings);
        running.add(pipeline);
        return pipeline;
    }

    private void closeAll() throws Exception {
        for (AutoCloseable c : running) {
            c.close();
        }
        running.clear();
    }

    private void awaitInstances(LocalPipeline p, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(p.apiUrl() + "/api/instances"))
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && Json.mapper().readTree(r.body()).size() == count) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the group never had " + count + " instances");
    }

    /** Settled counts can be reached before the last duplicates are processed: wait for zero lag as well. */
    private static void awaitCaughtUp(LocalPipeline p) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!p.streams().isCaughtUp(p.admin())) {
            assertThat(System.nanoTime()).as("caught up in time").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** The seed corpus and the bundled samples (as the clean run and the replay read them). */
    private static List<String> corpus(Path dir) throws Exception {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(SampleCorpus.extract())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        if (Files.isDirectory(SHARED.resolve("corpus"))) {
            return List.of(dir.toString(), SHARED.resolve("corpus").toString());
        }
        return List.of(dir.toString());
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static long secondsSince(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanos);
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
