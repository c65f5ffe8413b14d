package io.geowire.streams;

import io.geowire.model.ClientConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Deployment settings of one streams instance; {@link StreamsConfigFactory} turns them into Kafka Streams
 * properties. Start from {@link #of(ClientConfigs)} and override what the deployment needs.
 *
 * @param applicationId      Streams application id = consumer group id = prefix of internal topics
 * @param clients            bootstrap servers and client properties (TLS, SASL ...)
 * @param replicationFactor  of internal topics (changelogs, repartition); -1 = the broker's default
 * @param applicationServer  host:port of this instance's API, published for interactive queries; may be null
 * @param standbyReplicas    warm copies of each store on other instances
 * @param stateDir           where RocksDB stores and checkpoints live
 * @param commitInterval     how often offsets, stores and outputs are committed (one EOS transaction each)
 * @param streamThreads      stream threads of this instance
 * @param producerLinger     how long the stream threads' producers wait to fill a batch before sending it
 */
public record StreamsSettings(String applicationId, ClientConfigs clients, int replicationFactor,
        String applicationServer, int standbyReplicas, Path stateDir, Duration commitInterval, int streamThreads,
        Duration producerLinger) {

    public static final String DEFAULT_APPLICATION_ID = "geowire-streams";
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
    /**
     * Stream threads of one instance (see {@link #withStreamThreads}). One, Kafka Streams' default: two were
     * measured (docs/decisions.md, "Streams settling, fourth round") and settled no sooner in back-to-back pairs.
     */
    public static final int DEFAULT_STREAM_THREADS = 1;
    /** Kafka Streams' own default for its producers (see {@link #withProducerLinger}). */
    public static final Duration DEFAULT_PRODUCER_LINGER = Duration.ofMillis(100);

    public StreamsSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(commitInterval, "commitInterval");
        Objects.requireNonNull(producerLinger, "producerLinger");
        if (producerLinger.isNegative()) {
            throw new IllegalArgumentException("producerLinger must not be negative: " + producerLinger);
        }
        if (streamThreads < 1) {
            throw new IllegalArgumentException("streamThreads must be at least 1: " + streamThreads);
        }
    }

    /**
     * Defaults: replication factor -1 (a real cluster applies its own default; the embedded one-node broker
     * needs 1, see {@link #withReplicationFactor}); no standbys (one instance has nowhere to put them); a state
     * dir under java.io.tmpdir; 100 ms commits, so `run --once` sees the state settle quickly. Under exactly_once_v2
     * each commit blocks the stream thread (producer flush, offsets, end of transaction: a JFR profile of
     * {@code bench rebuild} had it blocked about a fifth of the time); 500 ms was tried and blocked the same share
     * on a machine at load 35-44, so without a measured gain the shorter interval stays
     * ({@code bench rebuild --commit-ms} compares them).
     */
    public static StreamsSettings of(ClientConfigs clients) {
        return new StreamsSettings(DEFAULT_APPLICATION_ID, clients, -1, null, 0,
                Path.of(System.getProperty("java.io.tmpdir"), "geowire-streams"), DEFAULT_COMMIT_INTERVAL,
                DEFAULT_STREAM_THREADS, DEFAULT_PRODUCER_LINGER);
    }

    public StreamsSettings withApplicationId(String value) {
        return new StreamsSettings(value, clients, replicationFactor, applicationServer, standbyReplicas, stateDir,
                commitInterval, streamThreads, producerLinger);
    }

    public StreamsSettings withReplicationFactor(int value) {
        return new StreamsSettings(applicationId, clients, value, applicationServer, standbyReplicas, stateDir,
                commitInterval, streamThreads, producerLinger);
    }

    public StreamsSettings withApplicationServer(String hostPort) {
        return new StreamsSettings(applicationId, clients, replicationFactor, hostPort, standbyReplicas, stateDir,
                commitInterval, streamThreads, producerLinger);
    }

    public StreamsSettings withStandbyReplicas(int value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, value, stateDir,
                commitInterval, streamThreads, producerLinger);
    }

    public StreamsSettings withStateDir(Path value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, standbyReplicas,
                value, commitInterval, streamThreads, producerLinger);
    }

    public StreamsSettings withCommitInterval(Duration value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, standbyReplicas,
                stateDir, value, streamThreads, producerLinger);
    }

    /**
     * Stream threads: each runs some of the tasks with its own producer and its own exactly-once transactions, so
     * one thread processes while another waits for its commit. The tasks (and so the state) are the same whatever
     * the number; only which thread runs a task changes.
     */
    public StreamsSettings withStreamThreads(int value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, standbyReplicas,
                stateDir, commitInterval, value, producerLinger);
    }

    /**
     * How long a stream thread's producer holds records to fill a batch (its {@code linger.ms}). Under
     * exactly_once_v2 every commit flushes the producer and waits for the broker's acknowledgements, so what is
     * still lingering at a commit is sent and waited for then, with the stream thread blocked.
     */
    public StreamsSettings withProducerLinger(Duration value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, standbyReplicas,
                stateDir, commitInterval, streamThreads, value);
    }
}
