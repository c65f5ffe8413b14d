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
        // no record cache: every update is forwarded, and the output topics show every change of state
        return Stores.keyValueStoreBuilder(options.stores().apply(name), Serdes.String(), values)
                .withCachingDisabled();
    }
}
