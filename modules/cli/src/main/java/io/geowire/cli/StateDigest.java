package io.geowire.cli;

import io.geowire.streams.StoreNames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
record StateDigest(long entries, long hash, Map<String, String> byStore) {

    static StateDigest of(KafkaStreams streams) {
        long entries = 0;
        long sum = 0;
        Map<String, String> byStore = new TreeMap<>();
        for (String name : StoreNames.ALL) {
            ReadOnlyKeyValueStore<Object, Object> store = streams.store(
                    StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
            long storeEntries = 0;
            long storeSum = 0;
            try (KeyValueIterator<Object, Object> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<Object, Object> kv = it.next();
                    storeSum += hashOf(name + '\u0000' + kv.key + '\u0000' + kv.value);
                    storeEntries++;
                }
            }
            byStore.put(name, String.format(Locale.ROOT, "%d %04x", storeEntries, storeSum >>> 48));
            entries += storeEntries;
            sum += storeSum;
        }
        return new StateDigest(entries, sum, byStore);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d store entries, digest %016x (per store: entries and digest's first "
                + "digits %s)", entries, hash, byStore);
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
