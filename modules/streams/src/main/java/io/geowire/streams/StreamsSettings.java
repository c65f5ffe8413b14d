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
 */
public record StreamsSettings(String applicationId, ClientConfigs clients, int replicationFactor,
        String applicationServer, int standbyReplicas, Path stateDir, Duration commitInterval, int streamThreads) {

    public static final String DEFAULT_APPLICATION_ID = "geowire-streams";
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
    /** Stream threads of one instance (see {@link #withStreamThreads}). */
    public static final int DEFAULT_STREAM_THREADS = 1;

    public StreamsSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(commitInterval, "commitInterval");
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
                DEFAULT_STREAM_THREADS);
    }

    public StreamsSettings withApplicationId(String value) {
        return new StreamsSettings(value, clients, replicationFactor, applicationServer, standbyReplicas, stateDir,
                commitInterval, streamThreads);
    }

    public StreamsSettings withReplicationFactor(int value) {
        return new StreamsSettings(applicationId, clients, value, applicationServer, standbyReplicas, stateDir,
                commitInterval, streamThreads);
    }

    public StreamsSettings withApplicationServer(String hostPort) {
        return new StreamsSettings(applicationId, clients, replicationFactor, hostPort, standbyReplicas, stateDir,
                commitInterval, streamThreads);
    }

    public StreamsSettings withStandbyReplicas(int value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, value, stateDir,
                commitInterval, streamThreads);
    }

    public StreamsSettings withStateDir(Path value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, standbyReplicas,
                value, commitInterval, streamThreads);
    }

    public StreamsSettings withCommitInterval(Duration value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, standbyReplicas,
                stateDir, value, streamThreads);
    }

    /**
     * Stream threads: each runs some of the tasks with its own producer and its own exactly-once transactions, so
     * one thread processes while another waits for its commit. The tasks (and so the state) are the same whatever
     * the number; only which thread runs a task changes.
     */
    public StreamsSettings withStreamThreads(int value) {
        return new StreamsSettings(applicationId, clients, replicationFactor, applicationServer, standbyReplicas,
                stateDir, commitInterval, value);
    }
}
