package io.geowire.streams.internal;

import io.geowire.model.AvroSerde;
import io.geowire.streams.TopologyOptions;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Store builders with string keys, from the options' store supplier (persistent or in-memory). */
public final class AvroStores {

    private AvroStores() {
    }

    public static <V extends SpecificRecord> StoreBuilder<KeyValueStore<String, V>> avro(TopologyOptions options,
            String name, Class<V> type) {
        return of(options, name, AvroSerde.of(type));
    }

    public static <V> StoreBuilder<KeyValueStore<String, V>> of(TopologyOptions options, String name,
            Serde<V> values) {
        // no record cache: the entries of these stores are written once (or rarely twice), so a cache would only
        // add a look-up in front of every read and a merge to every range scan
        return Stores.keyValueStoreBuilder(options.stores().apply(name), Serdes.String(), values)
                .withCachingDisabled();
    }

    /** As {@link #avro}, with a record cache: for stores whose keys are rewritten many times (see {@link #cached}). */
    public static <V extends SpecificRecord> StoreBuilder<KeyValueStore<String, V>> cachedAvro(
            TopologyOptions options, String name, Class<V> type) {
        return cached(options, name, AvroSerde.of(type));
    }

    /**
     * A store with a record cache in front, for keys that are rewritten by many events (a pair's totals, a route's
     * state, a corroborated event's value): the cache keeps the latest value of a key, and only that value is written to
     * RocksDB and to the changelog when the task commits (or when the cache must evict it), instead of one write
     * and one changelog record per event. Reads and range scans see the cached value first, so the processors
     * read exactly what they wrote. Nothing is forwarded by the cache: the processors forward every change
     * themselves, so the output topics are unchanged. Under exactly-once the cache is flushed inside the commit's
     * transaction, and is dropped with the task's state when a transaction aborts.
     * <p>Only for stores nothing deletes from. A deletion waits in the cache as a tombstone until the commit, and a
     * range scan merging cache and store then returned it as an entry with a null value: with route-days cached,
     * {@code bench rebuild --articles 10000} sent 66 route events to dead-letters (a reverse scan in
     * RouteStatusProcessor met a deleted day; Kafka 4.2). route-days and stance-windows, which delete and scan, have no
     * cache; the stores cached (cluster values, stance all-time totals, route states, sanctions ledgers) are only
     * ever put.
     */
    public static <V> StoreBuilder<KeyValueStore<String, V>> cached(TopologyOptions options, String name,
            Serde<V> values) {
        StoreBuilder<KeyValueStore<String, V>> builder =
                Stores.keyValueStoreBuilder(options.stores().apply(name), Serdes.String(), values);
        return options.recordCaches() ? builder.withCachingEnabled() : builder.withCachingDisabled();
    }
}
