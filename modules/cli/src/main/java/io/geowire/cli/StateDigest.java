package io.geowire.cli;

import io.geowire.streams.StoreNames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * One number for everything the stores hold, so two runs of {@code bench rebuild} (before and after a change to how
 * the topology writes its state) can show they built the same state. Each entry (store name, key and the value's
 * Avro JSON form) is hashed on its own and the hashes are added, so the order in which partitions are listed does
 * not matter and nothing has to be held in memory.
 *
 * @param entries how many entries all stores hold
 * @param hash    the sum of the entries' hashes
 */
record StateDigest(long entries, long hash) {

    static StateDigest of(KafkaStreams streams) {
        long entries = 0;
        long sum = 0;
        for (String name : StoreNames.ALL) {
            ReadOnlyKeyValueStore<Object, Object> store = streams.store(
                    StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
            try (KeyValueIterator<Object, Object> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<Object, Object> kv = it.next();
                    sum += hashOf(name + '\u0000' + kv.key + '\u0000' + kv.value);
                    entries++;
                }
            }
        }
        return new StateDigest(entries, sum);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d store entries, digest %016x", entries, hash);
    }

    private static long hashOf(String entry) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(entry.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
