package io.geowire.streams.internal;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Counts distinct ids per category in one store: "seen:ID" marks an id as counted, and
 * "count:CATEGORY#PARTITION" holds the count of one task, so re-sent records change nothing and every
 * task writes its own counter key (a query sums them over all partitions).
 */
public final class DistinctCounter<V> implements FixedKeyProcessor<String, V, Void> {

    private static final String SEEN = "seen:";
    private static final String COUNT = "count:";

    /** The id and category of a record, or null to skip it. */
    public interface Classifier<V> {
        IdAndCategory classify(String key, V value);
    }

    public record IdAndCategory(String id, String category) {
    }

    private final String storeName;
    private final Classifier<V> classifier;
    private KeyValueStore<String, Long> store;
    private int partition;

    public DistinctCounter(String storeName, Classifier<V> classifier) {
        this.storeName = storeName;
        this.classifier = classifier;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Void> context) {
        this.store = context.getStateStore(storeName);
        this.partition = context.taskId().partition();
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        IdAndCategory c = classifier.classify(record.key(), record.value());
        if (c == null || c.id() == null || store.get(SEEN + c.id()) != null) {
            return;
        }
        store.put(SEEN + c.id(), 1L);
        String counter = COUNT + c.category() + "#" + partition;
        Long n = store.get(counter);
        store.put(counter, n == null ? 1L : n + 1);
    }

    /** Sum of one category's counters over every partition the store view covers. */
    public static long total(ReadOnlyKeyValueStore<String, Long> store, String category) {
        return totals(store, c -> c).getOrDefault(category, 0L);
    }

    /** Category -> count, summed over partitions; categories are mapped through {@code rename}. */
    public static java.util.Map<String, Long> totals(ReadOnlyKeyValueStore<String, Long> store,
            Function<String, String> rename) {
        java.util.Map<String, Long> totals = new java.util.TreeMap<>();
        try (KeyValueIterator<String, Long> it =
                store.prefixScan(COUNT, new org.apache.kafka.common.serialization.StringSerializer())) {
            while (it.hasNext()) {
                var kv = it.next();
                String category = kv.key.substring(COUNT.length(), kv.key.lastIndexOf('#'));
                totals.merge(rename.apply(category), kv.value, Long::sum);
            }
        }
        return totals;
    }
}
