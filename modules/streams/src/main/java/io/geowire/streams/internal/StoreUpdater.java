package io.geowire.streams.internal;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/** Replaces the state of a key with {@code update(current, record)} and forwards the new state. */
public final class StoreUpdater<V, S> implements FixedKeyProcessor<String, V, S> {

    /** The new state from the current state (null if none), the key and the incoming value. */
    public interface Update<V, S> {
        S apply(S current, String key, V value);
    }

    private final String storeName;
    private final Update<V, S> update;
    private FixedKeyProcessorContext<String, S> context;
    private KeyValueStore<String, S> store;

    public StoreUpdater(String storeName, Update<V, S> update) {
        this.storeName = storeName;
        this.update = update;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, S> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        S next = update.apply(store.get(record.key()), record.key(), record.value());
        store.put(record.key(), next);
        context.forward(record.withValue(next));
    }

}
