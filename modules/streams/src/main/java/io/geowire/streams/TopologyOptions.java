package io.geowire.streams;

import io.geowire.model.Topics;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;

/**
 * Everything the topology can be tuned with. Start from {@link #defaults()} and change what you need.
 *
 * @param topics             topic names (with the deployment's prefix)
 * @param stores             key-value store supplier per store name (persistent in production, in-memory in tests)
 * @param windowSize         stance window length, whole days
 * @param windowAdvance      stance window hop, whole days
 * @param grace              how late (in event time, behind stream time) an event may be and still update a window
 * @param maxDateGapDays     corroboration: dated events further apart than this are never the same event
 * @param datedSimilarity    corroboration: evidence overlap needed when both events are dated within the gap
 * @param undatedSimilarity  corroboration: evidence overlap needed when either event has no date of its own
 * @param topEvidence        how many pieces of evidence a stance pair keeps
 * @param recentHistory      how many of the newest incidents / statements a route / actor value carries (the
 *                           whole history lives in its own store, so each update costs the same however long it is)
 * @param recordCaches       whether the stores whose keys many events rewrite keep a record cache in front (on by
 *                           default; off only to show, in tests, that the caches change no state)
 */
public record TopologyOptions(
        Topics topics,
        Function<String, KeyValueBytesStoreSupplier> stores,
        Duration windowSize,
        Duration windowAdvance,
        Duration grace,
        int maxDateGapDays,
        double datedSimilarity,
        double undatedSimilarity,
        int topEvidence,
        int recentHistory,
        boolean recordCaches) {

    public TopologyOptions {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(stores, "stores");
        requireWholeDays(windowSize, "windowSize");
        requireWholeDays(windowAdvance, "windowAdvance");
        requireWholeDays(grace, "grace");
        if (recentHistory < 1) {
            throw new IllegalArgumentException("recentHistory must be at least 1: " + recentHistory);
        }
        if (windowAdvance.compareTo(windowSize) > 0 || windowAdvance.isZero()) {
            throw new IllegalArgumentException("windowAdvance must be in (0, windowSize]");
        }
    }

    /**
     * Production defaults: persistent stores; 30-day windows advancing by 7 days (a month of news, seen
     * weekly); 90 days of grace, because articles often report events weeks or months after they happened,
     * while windows older than a quarter should stop moving.
     */
    public static TopologyOptions defaults() {
        return new TopologyOptions(Topics.unprefixed(), StoreKind.PERSISTENT::supplier, Duration.ofDays(30),
                Duration.ofDays(7), Duration.ofDays(90), 3, 0.2, 0.5, 5, 20, true);
    }

    public TopologyOptions withTopics(Topics value) {
        return new TopologyOptions(value, stores, windowSize, windowAdvance, grace, maxDateGapDays, datedSimilarity,
                undatedSimilarity, topEvidence, recentHistory, recordCaches);
    }

    public TopologyOptions withStores(StoreKind kind) {
        return withStores(kind::supplier);
    }

    public TopologyOptions withStores(Function<String, KeyValueBytesStoreSupplier> value) {
        return new TopologyOptions(topics, value, windowSize, windowAdvance, grace, maxDateGapDays, datedSimilarity,
                undatedSimilarity, topEvidence, recentHistory, recordCaches);
    }

    public TopologyOptions withWindows(Duration size, Duration advance, Duration graceValue) {
        return new TopologyOptions(topics, stores, size, advance, graceValue, maxDateGapDays, datedSimilarity,
                undatedSimilarity, topEvidence, recentHistory, recordCaches);
    }

    public TopologyOptions withCorroboration(int gapDays, double dated, double undated) {
        return new TopologyOptions(topics, stores, windowSize, windowAdvance, grace, gapDays, dated, undated,
                topEvidence, recentHistory, recordCaches);
    }

    public TopologyOptions withRecentHistory(int value) {
        return new TopologyOptions(topics, stores, windowSize, windowAdvance, grace, maxDateGapDays, datedSimilarity,
                undatedSimilarity, topEvidence, value, recordCaches);
    }

    public TopologyOptions withRecordCaches(boolean value) {
        return new TopologyOptions(topics, stores, windowSize, windowAdvance, grace, maxDateGapDays, datedSimilarity,
                undatedSimilarity, topEvidence, recentHistory, value);
    }

    public long windowSizeDays() {
        return windowSize.toDays();
    }

    public long windowAdvanceDays() {
        return windowAdvance.toDays();
    }

    public long graceDays() {
        return grace.toDays();
    }

    private static void requireWholeDays(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || !d.equals(Duration.ofDays(d.toDays()))) {
            throw new IllegalArgumentException(name + " must be a non-negative whole number of days: " + d);
        }
    }
}
