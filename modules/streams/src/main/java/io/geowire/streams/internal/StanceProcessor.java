package io.geowire.streams.internal;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceContribution;
import io.geowire.model.avro.StanceEvidence;
import io.geowire.model.avro.StanceWindowTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Maintains the stance index of each pair from corroborated stance events. A corroborated event is
 * updated whenever another article reports it, so the processor remembers what each corroborated event
 * currently contributes (weight, polarity, day, and the windows it is counted in) and replaces that
 * contribution instead of adding a new one: counts stay exact however often an event is updated.
 * Windows already closed (ending more than the grace period before the latest event day of the pair) keep what
 * they had; all-time always follows.
 * <p>It forwards the pair's whole current state as the encoded {@code stance-index} value. The pair's windows come
 * from memory ({@link StanceRecords}: closed ones already encoded, open ones as objects), so an event encodes only
 * the open windows and reads none from the store once the pair is in memory.
 */
public final class StanceProcessor implements FixedKeyProcessor<String, CorroboratedCluster, byte[]> {

    private static final StringSerializer KEYS = new StringSerializer();
    /** Encoded closed windows kept per task; ~40 bytes a window, so thousands of pairs with years of history. */
    private static final long MAX_CACHED_BYTES = 8L * 1024 * 1024;

    private final StanceMath math;
    private final int topEvidence;
    private final String contributionsStore;
    private final String windowsStore;
    private final String allTimeStore;
    private final StanceRecords records;
    private FixedKeyProcessorContext<String, byte[]> context;
    private KeyValueStore<String, StanceContribution> contributions;
    private KeyValueStore<String, StanceWindowTotals> windows;
    private KeyValueStore<String, PairStance> allTime;

    public StanceProcessor(StanceMath math, int topEvidence, String contributionsStore, String windowsStore,
            String allTimeStore) {
        this.math = math;
        this.topEvidence = topEvidence;
        this.contributionsStore = contributionsStore;
        this.windowsStore = windowsStore;
        this.allTimeStore = allTimeStore;
        this.records = new StanceRecords(math, MAX_CACHED_BYTES);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        // a task re-initialised after an aborted transaction starts from its restored stores, not from memory
        records.clear();
        this.context = context;
        this.contributions = context.getStateStore(contributionsStore);
        this.windows = context.getStateStore(windowsStore);
        this.allTime = context.getStateStore(allTimeStore);
    }

    @Override
    public void process(FixedKeyRecord<String, CorroboratedCluster> record) {
        CorroboratedCluster cluster = record.value();
        String pair = record.key();
        String contributionKey = pair + "|" + cluster.getId();
        StanceContribution old = contributions.get(contributionKey);
        String polarity = cluster.getFields().getOrDefault("polarity", "neutral");
        StanceContribution now = new StanceContribution(cluster.getId(), polarity, StanceMath.weight(cluster),
                cluster.getEventDay(), new ArrayList<>());
        PairStance state = allTime.get(pair);
        if (state == null) {
            state = PairStance.newBuilder()
                    .setActor(cluster.getFields().getOrDefault("actor", "?"))
                    .setTarget(cluster.getFields().getOrDefault("target", "?"))
                    .setAllTime(StanceMath.zero()).setWindows(List.of()).setTopEvidence(List.of())
                    .build();
        }
        // the pair's own clock, not the task's stream time: a pair's events arrive in production order, while the
        // task interleaves partitions in whatever order they are fetched, so only this closes windows the same
        // way on every run and replay
        long clockDay = Math.max(state.getLatestDay(), now.getEventDay());
        StanceRecords.PairWindows pairWindows = records.windows(pair, clockDay, windows);
        now.setWindowStarts(updateWindows(pairWindows, pair, old, now, clockDay * EventDates.MILLIS_PER_DAY));
        contributions.put(contributionKey, now);
        state.setLatestDay(clockDay);
        if (old != null) {
            StanceMath.apply(state.getAllTime(), old.getPolarity(), old.getWeight(), -1);
        }
        StanceMath.apply(state.getAllTime(), polarity, now.getWeight(), +1);
        state.setTopEvidence(topEvidence(state.getTopEvidence(), cluster, polarity, now.getWeight()));
        allTime.put(pair, state);

        context.forward(record.withValue(records.encode(pairWindows, state)));
    }

    @Override
    public void close() {
        records.clear();
    }

    /** Moves the contribution out of its open windows and into the open windows of its (new) day. */
    private List<Long> updateWindows(StanceRecords.PairWindows pairWindows, String pair, StanceContribution old,
            StanceContribution now, long clockMs) {
        List<Long> counted = new ArrayList<>();
        if (old != null) {
            for (long start : old.getWindowStarts()) {
                if (math.isOpen(start, clockMs)) {
                    changeWindow(pairWindows, pair, start, old, -1);
                } else {
                    counted.add(start);
                }
            }
        }
        for (long start : math.windowsContaining(now.getEventDay())) {
            if (math.isOpen(start, clockMs) && !counted.contains(start)) {
                changeWindow(pairWindows, pair, start, now, +1);
                counted.add(start);
            }
        }
        counted.sort(Comparator.naturalOrder());
        return counted;
    }

    /** Only ever called for an open window: those are all in {@code pairWindows}. */
    private void changeWindow(StanceRecords.PairWindows pairWindows, String pair, long start, StanceContribution c,
            int sign) {
        String key = windowKey(pair, start);
        StanceWindowTotals w = pairWindows.get(key);
        if (w == null) {
            w = new StanceWindowTotals(EventDates.iso(start), EventDates.iso(math.endOf(start)), StanceMath.zero());
        }
        StanceMath.apply(w.getTotals(), c.getPolarity(), c.getWeight(), sign);
        if (w.getTotals().getCount() <= 0) {
            pairWindows.delete(windows, key);
        } else {
            pairWindows.put(windows, key, w);
        }
    }

    public static String windowKey(String pair, long startDay) {
        return pair + "|" + EventDates.iso(startDay);
    }

    /** Windows of one pair, oldest first (ISO dates sort as strings). */
    public static List<StanceWindowTotals> windowsOf(
            org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, StanceWindowTotals> store, String pair) {
        List<StanceWindowTotals> list = new ArrayList<>();
        try (KeyValueIterator<String, StanceWindowTotals> it = store.prefixScan(pair + "|", KEYS)) {
            it.forEachRemaining(kv -> list.add(kv.value));
        }
        list.sort(Comparator.comparing(StanceWindowTotals::getStart));
        return list;
    }

    /**
     * Keeps the heaviest evidence. Exact because a corroborated event's weight never decreases (sources
     * only grow, confidence is the maximum, hedged only turns false), so nothing dropped can re-qualify.
     */
    private List<StanceEvidence> topEvidence(List<StanceEvidence> current, CorroboratedCluster c, String polarity,
            double weight) {
        List<StanceEvidence> list = new ArrayList<>(current);
        list.removeIf(e -> e.getEventId().equals(c.getId()));
        list.add(new StanceEvidence(c.getId(), c.getEvidence(), polarity, c.getDate(), c.getSources(),
                new ArrayList<>(c.getArticles()), weight));
        list.sort(Comparator.comparingDouble(StanceEvidence::getWeight).reversed()
                .thenComparing(StanceEvidence::getSources, Comparator.reverseOrder())
                .thenComparing(StanceEvidence::getEventId));
        return list.size() > topEvidence ? new ArrayList<>(list.subList(0, topEvidence)) : list;
    }
}
