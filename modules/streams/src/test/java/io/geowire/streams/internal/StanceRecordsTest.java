package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.AvroSerde;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceEvidence;
import io.geowire.model.avro.StanceTotals;
import io.geowire.model.avro.StanceWindowTotals;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

class StanceRecordsTest {

    private static final AvroSerde<PairStance> SERDE = AvroSerde.of(PairStance.class);
    private static final StanceMath MATH = new StanceMath(30, 7, 10);

    @Test
    void shouldWriteWhatTheAvroSerdeWritesWhenWindowsCloseAsThePairsClockAdvances() {
        MapStore windows = new MapStore();
        StanceRecords records = new StanceRecords(MATH, 1 << 20);
        Random random = new Random(7);
        long day = 19_000;
        for (int step = 0; step < 300; step++) {
            day += random.nextInt(4);
            // a late event now and then, into a window that is still open
            long eventDay = day - random.nextInt(12);
            PairStance state = state("KAZ", "RUS", day, random.nextInt(4));
            touchOpenWindows(windows, "KAZ->RUS", eventDay, day, random);
            touchOpenWindows(windows, "KAZ->CHN", eventDay, day, random);

            assertThat(records.encode("KAZ->RUS", state, windows))
                    .as("step %d", step).isEqualTo(SERDE.encode(withAllWindows(state, windows, "KAZ->RUS")));
        }
        assertThat(records.cachedPairs()).isEqualTo(1);
    }

    @Test
    void shouldReadThePairFromTheStoreAgainWhenItWasPushedOutOfMemory() {
        MapStore windows = new MapStore();
        // room for a few windows only: every pair pushes the other one out
        StanceRecords records = new StanceRecords(MATH, 64);
        for (long day = 19_000; day < 19_200; day += 3) {
            for (String pair : List.of("KAZ->RUS", "KAZ->CHN")) {
                touchOpenWindows(windows, pair, day, day, new Random(day));
                PairStance state = state("KAZ", pair.substring(5), day, 2);
                assertThat(records.encode(pair, state, windows))
                        .isEqualTo(SERDE.encode(withAllWindows(state, windows, pair)));
            }
        }
        assertThat(records.cachedPairs()).isEqualTo(1);
    }

    @Test
    void shouldStartFromTheStoreWhenThePairsClockIsEarlierThanWhatWasKept() {
        MapStore windows = new MapStore();
        StanceRecords records = new StanceRecords(MATH, 1 << 20);
        for (long day = 19_000; day < 19_100; day += 2) {
            touchOpenWindows(windows, "KAZ->RUS", day, day, new Random(day));
        }
        records.encode("KAZ->RUS", state("KAZ", "RUS", 19_100, 1), windows);

        // the stores rolled back to an earlier commit (aborted transaction): the windows closed since then are open
        // again and may still change
        windows.map.put(StanceProcessor.windowKey("KAZ->RUS", 19_061L), window(19_061, 9));
        PairStance earlier = state("KAZ", "RUS", 19_080, 1);
        assertThat(records.encode("KAZ->RUS", earlier, windows))
                .isEqualTo(SERDE.encode(withAllWindows(earlier, windows, "KAZ->RUS")));
    }

    @Test
    void shouldWriteAnEmptyWindowListWhenThePairHasNoWindows() {
        PairStance state = state("KAZ", "RUS", 19_000, 0);
        assertThat(new StanceRecords(MATH, 1 << 20).encode("KAZ->RUS", state, new MapStore()))
                .isEqualTo(SERDE.encode(withAllWindows(state, new MapStore(), "KAZ->RUS")));
    }

    /** Adds to, or creates, every still-open window containing {@code eventDay}, as the processor does. */
    private static void touchOpenWindows(MapStore windows, String pair, long eventDay, long clockDay,
            Random random) {
        for (long start : MATH.windowsContaining(eventDay)) {
            if (MATH.isOpen(start, clockDay * EventDates.MILLIS_PER_DAY)) {
                String key = StanceProcessor.windowKey(pair, start);
                StanceWindowTotals w = windows.map.computeIfAbsent(key, k -> window(start, 0));
                StanceMath.apply(w.getTotals(), random.nextBoolean() ? "aligning" : "distancing",
                        0.5 + random.nextDouble(), +1);
            }
        }
    }

    private static StanceWindowTotals window(long start, int count) {
        StanceTotals totals = StanceMath.zero();
        for (int i = 0; i < count; i++) {
            StanceMath.apply(totals, "neutral", 1.0, +1);
        }
        return new StanceWindowTotals(EventDates.iso(start), EventDates.iso(MATH.endOf(start)), totals);
    }

    private static PairStance state(String actor, String target, long latestDay, int evidence) {
        List<StanceEvidence> top = new ArrayList<>();
        for (int i = 0; i < evidence; i++) {
            top.add(new StanceEvidence("c-" + i, "Evidence " + i + " \u00e9", "aligning",
                    i % 2 == 0 ? null : "2022-03-0" + (i + 1), i + 1, List.of("a" + i, "b" + i), 1.5 / (i + 1)));
        }
        StanceTotals all = StanceMath.zero();
        StanceMath.apply(all, "distancing", 0.8, +1);
        return PairStance.newBuilder().setActor(actor).setTarget(target).setAllTime(all).setWindows(List.of())
                .setTopEvidence(top).setLatestDay(latestDay).build();
    }

    private static PairStance withAllWindows(PairStance state, MapStore windows, String pair) {
        return PairStance.newBuilder(state).setWindows(StanceProcessor.windowsOf(windows, pair)).build();
    }

    /** A sorted in-memory store, enough for range and prefix scans. */
    private static final class MapStore implements ReadOnlyKeyValueStore<String, StanceWindowTotals> {
        final NavigableMap<String, StanceWindowTotals> map = new TreeMap<>();

        @Override
        public StanceWindowTotals get(String key) {
            return map.get(key);
        }

        @Override
        public KeyValueIterator<String, StanceWindowTotals> range(String from, String to) {
            return iterator(map.subMap(from, true, to, true));
        }

        @Override
        public KeyValueIterator<String, StanceWindowTotals> all() {
            return iterator(map);
        }

        @Override
        public <PS extends org.apache.kafka.common.serialization.Serializer<P>, P>
                KeyValueIterator<String, StanceWindowTotals> prefixScan(P prefix, PS serializer) {
            String p = (String) prefix;
            return iterator(map.subMap(p, true, p + Character.MAX_VALUE, false));
        }

        @Override
        public long approximateNumEntries() {
            return map.size();
        }

        private static KeyValueIterator<String, StanceWindowTotals> iterator(Map<String, StanceWindowTotals> m) {
            Iterator<Map.Entry<String, StanceWindowTotals>> it = new ArrayList<>(m.entrySet()).iterator();
            return new KeyValueIterator<>() {
                @Override
                public void close() {
                }

                @Override
                public String peekNextKey() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public KeyValue<String, StanceWindowTotals> next() {
                    Map.Entry<String, StanceWindowTotals> e = it.next();
                    return KeyValue.pair(e.getKey(), e.getValue());
                }
            };
        }
    }
}
