package io.geowire.kafka.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to start an {@link EmbeddedKafkaBroker}. Immutable; use {@link #defaults()} and the {@code with...} methods.
 *
 * @param port             the client (PLAINTEXT) port; {@code 0} picks a free one
 * @param dataDir          where the broker keeps its logs and metadata; {@code null} means a fresh temporary
 *                         directory that is deleted on {@link EmbeddedKafkaBroker#close()}. A given directory is
 *                         kept, and reused (not reformatted) on the next start.
 * @param brokerProperties extra broker settings; they win over the embedded defaults of
 *                         {@link #singleNodeSettings()}
 * @param shutdownHook     register a JVM shutdown hook so that Ctrl-C / SIGTERM closes the broker cleanly
 * @param startTimeout     how long {@link EmbeddedKafkaBroker#start(BrokerOptions)} may take before it gives up
 * @param security         TLS, SASL/SCRAM and ACLs; {@code null} means PLAINTEXT without authentication
 */
public record BrokerOptions(int port, Path dataDir, Map<String, String> brokerProperties, boolean shutdownHook,
                            Duration startTimeout, BrokerSecurity security) {

    /** Without security: PLAINTEXT, no authentication, no ACLs. */
    public BrokerOptions(int port, Path dataDir, Map<String, String> brokerProperties, boolean shutdownHook,
                         Duration startTimeout) {
        this(port, dataDir, brokerProperties, shutdownHook, startTimeout, null);
    }

    public BrokerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        brokerProperties = Map.copyOf(Objects.requireNonNull(brokerProperties, "brokerProperties"));
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
        }
    }

    /**
     * Defaults for tests and {@code ./geowire run}.
     * <ul>
     *   <li>port 0: a free port, so parallel runs and a second broker in the same JVM never collide;</li>
     *   <li>no data dir: a throwaway temp dir, so every start is a clean cluster and nothing is left behind;</li>
     *   <li>no extra properties: {@link #singleNodeSettings()} already makes one node work;</li>
     *   <li>no shutdown hook: tests close the broker themselves; the CLI turns it on with
     *       {@link #withShutdownHook(boolean)};</li>
     *   <li>60 s start timeout: a start takes 2-3 s, about double on a busy 2-core machine, so 60 s only trips
     *       when something is really wrong (a hung port, a full disk).</li>
     * </ul>
     */
    public static BrokerOptions defaults() {
        return new BrokerOptions(0, null, Map.of(), false, Duration.ofSeconds(60));
    }

    /**
     * Broker settings the embedded broker applies before {@link #brokerProperties()}; public so that other one-node
     * brokers (e.g. a Testcontainers one) can use the same. Every entry is explained in {@code docs/broker.md}.
     */
    public static Map<String, String> singleNodeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        // Internal topics default to replication factor 3: on one node their creation fails and consumer groups get
        // no assignment and initTransactions() times out, without any error on the client.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        // 50 partitions each (the default) cost a second or more when the first group or transaction appears;
        // one node gains nothing from spreading coordinators.
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.num.partitions", "5");
        settings.put("share.coordinator.state.topic.num.partitions", "5");
        // Groups should rebalance at once, not wait 3 s for more members that never come in a test.
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("group.streams.initial.rebalance.delay.ms", "0");
        // The new consumer/streams group protocols move one step per heartbeat (default 5 s).
        settings.put("group.consumer.min.heartbeat.interval.ms", "500");
        settings.put("group.consumer.heartbeat.interval.ms", "500");
        settings.put("group.streams.min.heartbeat.interval.ms", "500");
        settings.put("group.streams.heartbeat.interval.ms", "500");
        // geowire writes records with event-time timestamps, often months or years old: time-based retention would
        // delete them minutes after a segment rolls, and time-based rolling would roll on every out-of-order jump.
        settings.put("log.retention.ms", "-1");
        settings.put("log.roll.ms", Long.toString(Long.MAX_VALUE));
        // The log cleaner (compacted topics: offsets, changelogs) preallocates 128 MB by default; 16 MB is plenty.
        settings.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return Collections.unmodifiableMap(settings);
    }

    public BrokerOptions withPort(int newPort) {
        return new BrokerOptions(newPort, dataDir, brokerProperties, shutdownHook, startTimeout, security);
    }

    public BrokerOptions withDataDir(Path newDataDir) {
        return new BrokerOptions(port, newDataDir, brokerProperties, shutdownHook, startTimeout, security);
    }

    /** Adds or replaces one broker setting. */
    public BrokerOptions withBrokerProperty(String key, String value) {
        Map<String, String> merged = new LinkedHashMap<>(brokerProperties);
        merged.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new BrokerOptions(port, dataDir, merged, shutdownHook, startTimeout, security);
    }

    public BrokerOptions withShutdownHook(boolean enabled) {
        return new BrokerOptions(port, dataDir, brokerProperties, enabled, startTimeout, security);
    }

    public BrokerOptions withStartTimeout(Duration timeout) {
        return new BrokerOptions(port, dataDir, brokerProperties, shutdownHook, timeout, security);
    }

    /** TLS, SASL/SCRAM and ACLs as {@code value} describes; {@code null} turns them off. */
    public BrokerOptions withSecurity(BrokerSecurity value) {
        return new BrokerOptions(port, dataDir, brokerProperties, shutdownHook, startTimeout, value);
    }
}
