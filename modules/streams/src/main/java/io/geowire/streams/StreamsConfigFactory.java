package io.geowire.streams;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The one place the Kafka Streams configuration is made. */
public final class StreamsConfigFactory {

    private StreamsConfigFactory() {
    }

    /**
     * As {@link #create(StreamsSettings)}, plus exception handlers that send a record Streams cannot deserialize,
     * process or serialize to {@code deadLettersTopic} and carry on (see {@link DeadLetterHandlers}).
     */
    public static Properties create(StreamsSettings s, String deadLettersTopic) {
        Properties p = create(s);
        p.putAll(DeadLetterHandlers.config(deadLettersTopic));
        return p;
    }

    public static Properties create(StreamsSettings s) {
        Properties p = new Properties();
        // client settings first (bootstrap, TLS, SASL ...): they apply to every client Streams creates
        p.putAll(s.clients().admin());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, s.applicationId());
        // a record is reflected in stores and output topics exactly once, even after a crash or rebalance:
        // re-sent articles are deduplicated by id, but a replayed input offset would not be
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // internal topics; -1 lets a real cluster apply its default, the embedded one-node broker needs 1
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, s.replicationFactor());
        // standbys keep a warm copy of each store on another instance, so a failover does not replay changelogs
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, s.standbyReplicas());
        p.put(StreamsConfig.STATE_DIR_CONFIG, s.stateDir().toString());
        // short commits: under EOS, outputs become visible to read_committed readers and the group's offsets
        // advance only at commit, so this bounds how long `run --once` waits for the state to settle
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, s.commitInterval().toMillis());
        // more than one thread: one processes while another's exactly-once commit waits for the broker
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, s.streamThreads());
        // each commit flushes the producer and blocks the stream thread until the broker has acknowledged what it held
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), s.producerLinger().toMillis());
        // every repartition topic, store and changelog must have a name given in the code (see StoreNames)
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // no optimization: the physical topology must stay exactly what docs/topology.md and the test describe
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        // every RocksDB store under one off-heap budget instead of a 50 MB block cache and 48 MB of memtables each
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        if (s.applicationServer() != null) {
            // published in the group's metadata so any instance can tell which one hosts a key
            p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, s.applicationServer());
        }
        return p;
    }
}
