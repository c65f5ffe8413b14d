package io.geowire.streams.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The whole history of an entity (a route's incidents, an actor's statements) as one store entry per item, keyed
 * by event day and id ({@link HistoryKeys}), plus an index from id to day so that an item whose day changes (a
 * corroborated event that gained a more precise date) moves instead of appearing twice. Adding an item costs a
 * few store operations however long the history is; the aggregate value only carries the newest items.
 */
public final class EntityHistory<V> {

    private final KeyValueStore<String, V> entries;
    private final KeyValueStore<String, String> days;

    public EntityHistory(KeyValueStore<String, V> entries, KeyValueStore<String, String> days) {
        this.entries = entries;
        this.days = days;
    }

    /** The item with this id, or null. */
    public V get(String entity, String id) {
        String day = days.get(HistoryKeys.index(entity, id));
        return day == null ? null : entries.get(HistoryKeys.entry(entity, HistoryKeys.epochDay(day), id));
    }

    /** Files the item under its day, replacing the item with the same id; returns the day it had, or null if new. */
    public Long put(String entity, String id, long epochDay, V value) {
        String indexKey = HistoryKeys.index(entity, id);
        String previous = days.get(indexKey);
        String day = HistoryKeys.day(epochDay);
        if (previous != null && !previous.equals(day)) {
            entries.delete(HistoryKeys.entry(entity, HistoryKeys.epochDay(previous), id));
        }
        entries.put(HistoryKeys.entry(entity, epochDay, id), value);
        if (!day.equals(previous)) {
            days.put(indexKey, day);
        }
        return previous == null ? null : HistoryKeys.epochDay(previous);
    }

    /** The newest {@code count} items, oldest first. */
    public List<V> newest(String entity, int count) {
        List<V> newest = new ArrayList<>(count);
        try (KeyValueIterator<String, V> it = entries.reverseRange(HistoryKeys.prefix(entity),
                HistoryKeys.end(entity))) {
            while (it.hasNext() && newest.size() < count) {
                newest.add(it.next().value);
            }
        }
        Collections.reverse(newest);
        return newest;
    }

    /**
     * The newest {@code count} items, oldest first, right after {@link #put} filed {@code value} (id, day): worked out
     * from the newest items before that put, as the entity's value carried them, whenever those settle it, so an
     * update reads none of the history (in {@code bench rebuild} reading and decoding them again was 4% of the stream
     * thread, and the entity's value had just decoded the same items). They do not settle it when the item was among
     * them and moved below all the others while older items exist (one of those may now belong), or when
     * {@code before} is not the newest {@code min(count, totalBefore)} (another {@code count}, a value of an older
     * version): then the store is read as in {@link #newest}.
     *
     * @param before      the newest items before the put, oldest first (null: unknown)
     * @param totalBefore how many items the history had before the put
     */
    public List<V> newestAfterPut(String entity, int count, List<V> before, long totalBefore, String id,
            long epochDay, V value, Function<V, String> idOf, ToLongFunction<V> dayOf) {
        if (before == null || before.size() != Math.min(count, totalBefore)) {
            return newest(entity, count);
        }
        List<V> items = new ArrayList<>(before.size() + 1);
        boolean moved = false;
        for (V item : before) {
            if (idOf.apply(item).equals(id)) {
                moved = true;
            } else {
                items.add(item);
            }
        }
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        int at = items.size();
        while (at > 0 && compare(dayOf.applyAsLong(items.get(at - 1)), idOf.apply(items.get(at - 1)), epochDay,
                idBytes) > 0) {
            at--;
        }
        if (moved && at == 0 && totalBefore > before.size()) {
            return newest(entity, count);
        }
        items.add(at, value);
        return items.size() > count ? new ArrayList<>(items.subList(items.size() - count, items.size())) : items;
    }

    /** The order of the history's keys: day, then the id's bytes (HistoryKeys). */
    private static int compare(long day, String id, long otherDay, byte[] otherId) {
        int byDay = Long.compare(day, otherDay);
        return byDay != 0 ? byDay : Arrays.compareUnsigned(id.getBytes(StandardCharsets.UTF_8), otherId);
    }

    /** The oldest item, or null. */
    public V oldest(String entity) {
        try (KeyValueIterator<String, V> it = entries.range(HistoryKeys.prefix(entity), HistoryKeys.end(entity))) {
            return it.hasNext() ? it.next().value : null;
        }
    }

    /** The items from {@code epochDay} on, oldest first; the caller closes the iterator. */
    public KeyValueIterator<String, V> from(String entity, long epochDay) {
        return entries.range(HistoryKeys.dayKey(entity, epochDay), HistoryKeys.end(entity));
    }
}
