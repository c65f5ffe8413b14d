package io.geowire.testing;

import io.geowire.kafka.embedded.BrokerOptions;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real multi-broker KRaft cluster inside the test JVM: one controller and {@code brokers} brokers, built with Kafka's
 * own {@link KafkaClusterTestKit}. Brokers can be stopped and started again (same id, same data, same port), so tests
 * can take replicas away under load. The controller runs apart from the brokers, so stopping brokers never costs the
 * metadata quorum: what a test sees is what losing brokers (not the controller) does to clients.
 *
 * <p>Settings are those of a small production cluster, not of the one-node broker: internal topics are replicated
 * three times with {@code min.insync.replicas=2}, new topics default to replication factor 3, and every topic
 * defaults to {@code min.insync.replicas=2}, so an {@code acks=all} write needs two live copies.
 * Use one cluster per test JVM through {@link KafkaClusterIT}; starting one takes several seconds.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCluster.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClusterTestKit kit;
    private final String bootstrapServers;
    private final Admin admin;

    private KafkaCluster(KafkaClusterTestKit kit) {
        this.kit = kit;
        this.bootstrapServers = kit.bootstrapServers();
        this.admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Formats and starts a cluster of {@code brokers} brokers and one controller; returns once all brokers serve. */
    public static KafkaCluster start(int brokers) {
        long startNanos = System.nanoTime();
        KafkaClusterTestKit kit = null;
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setNumBrokerNodes(brokers)
                    .setNumControllerNodes(1)
                    .setCombined(false)
                    // the kit's default is the newest metadata version, which may be one not yet production-ready
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
            clusterSettings(brokers).forEach(builder::setConfigProp);
            kit = builder.build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            KafkaCluster cluster = new KafkaCluster(kit);
            cluster.awaitBrokers(brokers, ADMIN_TIMEOUT);
            LOG.info("Kafka cluster of {} brokers ready on {} in {} ms", brokers, cluster.bootstrapServers,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            return cluster;
        } catch (Exception e) {
            closeQuietly(kit);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the " + brokers + "-broker test cluster did not start: " + e, e);
        }
    }

    /**
     * The one-node broker's settings that still make sense here (fast group starts, no time-based retention of
     * geowire's event-time records, a small cleaner buffer), with the replication ones replaced by a small
     * production cluster's.
     */
    static Map<String, String> clusterSettings(int brokers) {
        Map<String, String> settings = new LinkedHashMap<>();
        BrokerOptions.singleNodeSettings().forEach((key, value) -> {
            if (!key.endsWith("replication.factor") && !key.endsWith("min.isr")) {
                settings.put(key, value);
            }
        });
        String replication = Integer.toString(Math.min(3, brokers));
        String minInSync = Integer.toString(Math.max(1, Math.min(3, brokers) - 1));
        settings.put("offsets.topic.replication.factor", replication);
        settings.put("transaction.state.log.replication.factor", replication);
        settings.put("transaction.state.log.min.isr", minInSync);
        settings.put("share.coordinator.state.topic.replication.factor", replication);
        settings.put("share.coordinator.state.topic.min.isr", minInSync);
        settings.put("default.replication.factor", replication);
        settings.put("min.insync.replicas", minInSync);
        return settings;
    }

    /** {@code host:port,...} of every broker, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Settings every client of this cluster needs (only {@code bootstrap.servers}: the listeners are plaintext). */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    /** An admin client for the whole test run; do not close it. */
    public Admin admin() {
        return admin;
    }

    /** The ids of all brokers, running or stopped. */
    public Set<Integer> brokerIds() {
        return new TreeSet<>(kit.brokers().keySet());
    }

    /**
     * Stops broker {@code id} the way an operator's SIGTERM does (a controlled shutdown: its leaderships move first)
     * and returns once it is down. Its data stays for {@link #startBroker(int)}.
     */
    public void stopBroker(int id) {
        long startNanos = System.nanoTime();
        broker(id).shutdown();
        broker(id).awaitShutdown();
        LOG.info("test cluster: broker {} stopped in {} ms", id,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    /** Starts a stopped broker again (same id, data and port) and returns once the cluster lists it. */
    public void startBroker(int id) {
        long startNanos = System.nanoTime();
        broker(id).startup();
        awaitBrokers(runningBrokers(), ADMIN_TIMEOUT);
        LOG.info("test cluster: broker {} started again in {} ms", id,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    /** How many brokers are not stopped. */
    public int runningBrokers() {
        return (int) kit.brokers().values().stream().filter(b -> !b.isShutdown()).count();
    }

    /** Waits until the cluster's metadata lists {@code count} live brokers. */
    public void awaitBrokers(int count, Duration timeout) {
        awaitCondition("the cluster to list " + count + " brokers", timeout, () ->
                admin.describeCluster().nodes().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).size() == count);
    }

    /**
     * Waits until every partition of {@code topics} has all its replicas in sync again (a restarted broker has caught
     * up): only then may a test take another broker away without dropping below {@code min.insync.replicas}.
     */
    public void awaitFullIsr(Collection<String> topics, Duration timeout) {
        awaitCondition("full ISR on " + topics, timeout, () -> {
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames()
                    .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).values()) {
                for (TopicPartitionInfo partition : topic.partitions()) {
                    if (partition.isr().size() < partition.replicas().size()) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** The names of all topics, internal ones of Streams included (Kafka's own {@code __} topics excluded). */
    public List<String> topicNames() {
        try {
            return new ArrayList<>(admin.listTopics().names().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the cluster's topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        }
    }

    private BrokerServer broker(int id) {
        BrokerServer broker = kit.brokers().get(id);
        if (broker == null) {
            throw new IllegalArgumentException("no broker " + id + " in this cluster; ids are " + brokerIds());
        }
        return broker;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(String what, Duration timeout, Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            } catch (Exception e) {
                // a broker coming back may refuse a request or two; keep asking until the deadline
                last = e;
            }
            sleep(100);
        }
        throw new IllegalStateException("timed out after " + timeout + " waiting for " + what, last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        closeQuietly(kit);
    }

    private static void closeQuietly(KafkaClusterTestKit kit) {
        if (kit == null) {
            return;
        }
        try {
            kit.close();
        } catch (Exception e) {
            LOG.warn("the test cluster did not close cleanly: {}", e.toString());
        } finally {
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
