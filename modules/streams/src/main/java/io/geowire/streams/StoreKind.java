package io.geowire.streams;

import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/** Where the key-value stores live: RocksDB in production, memory in tests and benchmarks. */
public enum StoreKind {
    /** RocksDB on local disk; restores quickly after a restart. */
    PERSISTENT,
    /** Heap only; rebuilt from the changelog on start. TopologyTestDriver runs ~80x faster with these. */
    IN_MEMORY;

    public KeyValueBytesStoreSupplier supplier(String name) {
        return this == PERSISTENT ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
    }
}
