package io.geowire.streams.query;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Several partitions of one store read as one, partition after partition (like Kafka's own composite store:
 * keys are ordered within a partition only; the queries sort what they return).
 */
final class ConcatenatedStore<V> implements ReadOnlyKeyValueStore<String, V> {

    private final List<ReadOnlyKeyValueStore<String, V>> parts;

    ConcatenatedStore(List<ReadOnlyKeyValueStore<String, V>> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public V get(String key) {
        for (ReadOnlyKeyValueStore<String, V> part : parts) {
            V value = part.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return concat(part -> part.range(from, to));
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return concat(ReadOnlyKeyValueStore::all);
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS serializer) {
        return concat(part -> part.prefixScan(prefix, serializer));
    }

    @Override
    public long approximateNumEntries() {
        return parts.stream().mapToLong(ReadOnlyKeyValueStore::approximateNumEntries).sum();
    }

    private KeyValueIterator<String, V> concat(Function<ReadOnlyKeyValueStore<String, V>,
            KeyValueIterator<String, V>> open) {
        return new Concatenation<>(parts.iterator(), open);
    }

    /** Opens each part's iterator when the previous one is used up; closes the open one on close. */
    private static final class Concatenation<V> implements KeyValueIterator<String, V> {

        private final Iterator<ReadOnlyKeyValueStore<String, V>> remaining;
        private final Function<ReadOnlyKeyValueStore<String, V>, KeyValueIterator<String, V>> open;
        private KeyValueIterator<String, V> current;

        Concatenation(Iterator<ReadOnlyKeyValueStore<String, V>> remaining,
                Function<ReadOnlyKeyValueStore<String, V>, KeyValueIterator<String, V>> open) {
            this.remaining = remaining;
            this.open = open;
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (current != null) {
                    current.close();
                    current = null;
                }
                if (!remaining.hasNext()) {
                    return false;
                }
                current = open.apply(remaining.next());
            }
            return true;
        }

        @Override
        public KeyValue<String, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public String peekNextKey() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.peekNextKey();
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
