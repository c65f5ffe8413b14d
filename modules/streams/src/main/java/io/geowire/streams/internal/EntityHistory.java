package io.geowire.streams.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
