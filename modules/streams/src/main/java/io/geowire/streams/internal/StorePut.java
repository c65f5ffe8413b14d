package io.geowire.streams.internal;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the latest value of each record under a key derived from it (null: not kept); forwards nothing. */
public final class StorePut<V> implements FixedKeyProcessor<String, V, Void> {

    private final String storeName;
    private final Function<V, String> keyOf;
    private KeyValueStore<String, V> store;

    public StorePut(String storeName, Function<V, String> keyOf) {
        this.storeName = storeName;
        this.keyOf = keyOf;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Void> context) {
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        String key = record.value() == null ? null : keyOf.apply(record.value());
        if (key != null) {
            store.put(key, record.value());
        }
    }
}
