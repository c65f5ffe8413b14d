package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.ProducedArticle;
import io.geowire.producer.TopicProvisioner;
import io.geowire.streams.SettleCheck;
import io.geowire.streams.StoreNames;
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
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once under failures, checked the way Kafka's own EOS system tests check it: a run that suffers a crash
 * must end with the same state and the same committed output as a run that did not.
 * <p>Criterion for the output topics: read with read_committed, every key's sequence of records equals the
 * reference run's sequence. Each record is one update caused by one input event (events of one entity are
 * processed in production order, see EventPartitions), so an equal sequence means no update was lost, none was
 * committed twice, and the final value per key is the same. The state is compared through every REST answer.
 */
@KafkaIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultToleranceIT {

    /**
     * Enough updates (about 1,300 events on 3 partitions) that a kill at a fifth of the input lands mid-replay; the
     * input is produced three times, one transaction per article, so every article costs the suite.
     */
    private static final int ARTICLES = 600;
    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newHttpClient();
    private List<ProducedArticle> corpus;
    private ProduceSummary produced;
    private StateSnapshot referenceState;
    private Map<String, Map<String, List<String>>> referenceOutputs;

    @BeforeAll
    void runReference(TestKafka kafka, @TempDir Path tmp) throws Exception {
        corpus = GeneratedCorpus.articles(ARTICLES);
        try (LocalPipeline pipeline = LocalPipeline.start(settings(kafka.bootstrapServers(),
                kafka.uniqueName("ref") + ".", kafka.uniqueName("ref-app"), tmp))) {
            produced = GeneratedCorpus.produce(pipeline.clients(), pipeline.topics(), kafka.uniqueName("tx"), corpus);
            assertThat(Settling.await(pipeline, produced, SETTLE)).isTrue();
            assertThat(RunSummary.balanced(pipeline.streams().queries().summary(), produced)).isTrue();
            referenceState = StateSnapshot.take(pipeline.apiUrl());
            referenceOutputs = OutputTopics.read(pipeline.clients(), pipeline.topics());
        }
        assertThat(produced.events()).isGreaterThan(ARTICLES);
    }

    @Test
    void shouldEndWithReferenceStateAndOutputsWhenStreamsInstanceIsKilledMidReplay(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        String prefix = kafka.uniqueName("kill") + ".";
        String appId = kafka.uniqueName("kill-app");
        ClientConfigs clients = ClientConfigs.of(kafka.bootstrapServers());
        Topics topics = Topics.withPrefix(prefix);
        TopicProvisioner.ensureTopics(kafka.admin(), topics, TopicProvisioner.DEFAULT_PARTITIONS);
        GeneratedCorpus.produce(clients, topics, kafka.uniqueName("tx"), corpus);
        int port = LiveProbe.freePort();
        Path log = tmp.resolve("child.log");
        // a SIGKILLed member never leaves its group: the restart waits a session timeout (45 s by default) for it
        Path clientConfig = Files.writeString(tmp.resolve("client.properties"),
                "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
        String[] common = {"--bootstrap", kafka.bootstrapServers(), "--port", String.valueOf(port),
            "--application-id", appId, "--topic-prefix", prefix, "--data-dir", tmp.resolve("data").toString(),
            "--client-config", clientConfig.toString()};

        Process replay = ChildJvm.start(log, concat(new String[] {"replay"}, common));
        long atKill;
        try {
            atKill = awaitProgress(kafka.admin(), appId, topics, 0.2);
        } finally {
            ChildJvm.kill(replay);
        }
        assertThat(atKill).as("committed input records when killed").isLessThan(totalInputs(kafka.admin(), topics));

        Process restarted = ChildJvm.start(log, concat(new String[] {"stream", "--standby-replicas", "0"}, common));
        try {
            String api = "http://127.0.0.1:" + port;
            awaitSettled(kafka.admin(), clients, appId, topics, api);
            List<String> diffs = StateSnapshot.take(api).differences(referenceState);
            assertThat(diffs).as("log: %s", log).isEmpty();
            assertThat(OutputTopics.read(clients, topics)).isEqualTo(referenceOutputs);
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    /**
     * The broker stays down longer than the Streams producer's delivery timeout (shortened here through the client
     * properties, as an operator could), so sends in flight fail with a retriable timeout: the application must
     * retry them from its last commit, not stop.
     */
    @Test
    void shouldRecoverByItselfWhenBrokerRestartsDuringProcessing(@TempDir Path tmp) throws Exception {
        BrokerOptions options = BrokerOptions.defaults().withPort(LiveProbe.freePort()).withDataDir(tmp.resolve("kafka"));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options);
        Path clientConfig = Files.writeString(tmp.resolve("client.properties"),
                "delivery.timeout.ms=" + DELIVERY_TIMEOUT.toMillis() + "\nrequest.timeout.ms=2000\n");
        try (LocalPipeline pipeline = LocalPipeline.start(settings(broker.bootstrapServers(), clientConfig, "",
                "restart-app", tmp))) {
            GeneratedCorpus.produce(pipeline.clients(), pipeline.topics(), "restart-tx", corpus);
            awaitProgress(pipeline.admin(), "restart-app", pipeline.topics(), 0.2);
            broker.close();
            Thread.sleep(DELIVERY_TIMEOUT.multipliedBy(2).toMillis());
            broker = EmbeddedKafkaBroker.start(options);

            Settling.Outcome outcome = Settling.await(pipeline.settleSource(produced), SETTLE);
            assertThat(outcome.settled()).as("settled after the broker restart: %s", outcome.failed()
                    ? outcome.failure() : "timed out after " + SETTLE + ", Streams " + pipeline.streams().state())
                    .isTrue();
            assertThat(RunSummary.balanced(pipeline.streams().queries().summary(), produced)).isTrue();
            assertThat(StateSnapshot.take(pipeline.apiUrl()).differences(referenceState)).isEmpty();
            assertThat(OutputTopics.read(pipeline.clients(), pipeline.topics())).isEqualTo(referenceOutputs);
        } finally {
            broker.close();
        }
    }

    private static LocalPipeline.Settings settings(String bootstrap, String prefix, String appId, Path tmp) {
        return settings(bootstrap, null, prefix, appId, tmp);
    }

    private static LocalPipeline.Settings settings(String bootstrap, Path clientConfig, String prefix, String appId,
            Path tmp) {
        return new LocalPipeline.Settings(bootstrap, clientConfig, 0, tmp.resolve(appId), "127.0.0.1", 0, prefix,
                appId, 0, Duration.ofMinutes(2));
    }

    /** Waits until the group has committed at least {@code fraction} of the input records; returns that count. */
    private static long awaitProgress(Admin admin, String appId, Topics topics, double fraction) throws Exception {
        long total = totalInputs(admin, topics);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            long committed = committedInputs(admin, appId, topics);
            if (committed >= total * fraction) {
                return committed;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no progress to " + fraction + " of " + total + " input records");
    }

    private static long committedInputs(Admin admin, String appId, Topics topics) throws Exception {
        Map<org.apache.kafka.common.TopicPartition, OffsetAndMetadata> offsets =
                admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> isInput(e.getKey().topic(), topics))
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private static long totalInputs(Admin admin, Topics topics) throws Exception {
        var request = new java.util.HashMap<org.apache.kafka.common.TopicPartition,
                org.apache.kafka.clients.admin.OffsetSpec>();
        for (String t : List.of(topics.articles(), topics.events(), topics.deadLetters())) {
            for (int p = 0; p < TopicProvisioner.DEFAULT_PARTITIONS; p++) {
                request.put(new org.apache.kafka.common.TopicPartition(t, p),
                        org.apache.kafka.clients.admin.OffsetSpec.latest());
            }
        }
        return admin.listOffsets(request).all().get().values().stream().mapToLong(i -> i.offset()).sum();
    }

    private static boolean isInput(String topic, Topics topics) {
        return topic.equals(topics.articles()) || topic.equals(topics.events()) || topic.equals(topics.deadLetters());
    }

    /** Caught up (twice in a row) and the child's API reports the reference summary. */
    private void awaitSettled(Admin admin, ClientConfigs clients, String appId, Topics topics, String api)
            throws Exception {
        String expected = referenceState.answers().get("/api/summary");
        long deadline = System.nanoTime() + SETTLE.toNanos();
        int inARow = 0;
        try (SettleCheck check = new SettleCheck(appId, List.of(topics.articles(), topics.events(),
                topics.deadLetters(), appId + "-" + StoreNames.EVENTS_BY_ENTITY + "-repartition"), clients)) {
            while (System.nanoTime() < deadline) {
                inARow = check.isCaughtUp(admin) && expected.equals(summary(api)) ? inARow + 1 : 0;
                if (inARow >= 2) {
                    return;
                }
                Thread.sleep(250);
            }
        }
        throw new AssertionError("restarted instance did not settle; last summary " + summary(api));
    }

    private String summary(String api) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/api/summary"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : "HTTP " + r.statusCode();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
