package io.geowire.streams.query;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * How queries reach a key-value store by name: a running KafkaStreams instance (all its local
 * partitions) or, in tests, a TopologyTestDriver ({@code driver::getKeyValueStore}).
 */
@FunctionalInterface
public interface StoreAccess {

    <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name);

    /** The stores of every partition this instance hosts (active tasks; standbys are not queried). */
    static StoreAccess of(KafkaStreams streams) {
        return new StoreAccess() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name,
                        QueryableStoreTypes.<String, V>keyValueStore()));
            }
        };
    }
}
