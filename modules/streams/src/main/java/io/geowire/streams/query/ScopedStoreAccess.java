package io.geowire.streams.query;

import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Stores of this instance limited to a {@link QueryScope}: all active partitions, or exactly the listed
 * partitions (active or standby), so an instance standing in for a failed one adds no partition twice.
 */
public final class ScopedStoreAccess implements StoreAccess {

    private final KafkaStreams streams;
    private final StoreSources sources;
    private final QueryScope scope;

    public ScopedStoreAccess(KafkaStreams streams, StoreSources sources, QueryScope scope) {
        this.streams = streams;
        this.sources = sources;
        this.scope = scope;
    }

    @Override
    public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
        if (scope.isActive()) {
            return StoreAccess.of(streams).keyValueStore(name);
        }
        TreeSet<Integer> partitions = new TreeSet<>();
        for (TopicPartition tp : scope.standby()) {
            if (sources.feeds(tp.topic(), name)) {
                partitions.add(tp.partition());
            }
        }
        List<ReadOnlyKeyValueStore<String, V>> stores = partitions.stream()
                .map(p -> streams.store(StoreQueryParameters.fromNameAndType(name,
                        QueryableStoreTypes.<String, V>keyValueStore()).withPartition(p).enableStaleStores()))
                .toList();
        return new ConcatenatedStore<>(stores);
    }
}
