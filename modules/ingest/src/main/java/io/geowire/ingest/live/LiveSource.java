package io.geowire.ingest.live;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A source that keeps yielding items: call {@link #poll} again and again, with {@link #awaitChange} in between.
 * A source is polled by one thread at a time; it hands each item it has not handed over before to the sink, and
 * records its own errors in its {@link #stats()} rather than throwing: one bad item or one failed request never
 * stops it.
 */
public interface LiveSource extends AutoCloseable {

    /** Stable across restarts: positions are kept under it. */
    String id();

    /** "watch" or "feed". */
    String kind();

    /** Looks for new items and new versions, skipping those {@code known} already has. */
    void poll(KnownVersions known, Consumer<LiveItem> sink) throws InterruptedException;

    /** Waits until the next poll is due: a fixed interval, or earlier when the source hears of a change. */
    void awaitChange() throws InterruptedException;

    SourceStats stats();

    @Override
    default void close() {
    }
}
