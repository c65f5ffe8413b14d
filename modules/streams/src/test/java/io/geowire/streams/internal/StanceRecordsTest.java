package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.AvroSerde;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceEvidence;
import io.geowire.model.avro.StanceTotals;
import io.geowire.model.avro.StanceWindowTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class StanceRecordsTest {

    private static final AvroSerde<PairStance> SERDE = AvroSerde.of(PairStance.class);
    private static final StanceMath MATH = new StanceMath(30, 7, 10);

    @Test
    void shouldWriteWhatTheAvroSerdeWritesWhenWindowsCloseAsThePairsClockAdvances() {
        KeyValueStore<String, StanceWindowTotals> store = store();
        StanceRecords records = new StanceRecords(MATH, 1 << 20);
        Random random = new Random(7);
        long day = 19_000;
        for (int step = 0; step < 300; step++) {
            day += random.nextInt(4);
            // a late event now and then, into a window that is still open
            long eventDay = day - random.nextInt(12);
            for (String pair : List.of("KAZ->RUS", "KAZ->CHN")) {
                StanceRecords.PairWindows windows = records.windows(pair, day, store);
                touchOpenWindows(windows, store, pair, eventDay, day, random);
                PairStance state = state("KAZ", pair.substring(5), day, random.nextInt(4));

                assertThat(records.encode(windows, state)).as("step %d", step)
                        .isEqualTo(SERDE.encode(withAllWindows(state, store, pair)));
            }
        }
        assertThat(records.cachedPairs()).isEqualTo(2);
    }

    @Test
    void shouldReadThePairFromTheStoreAgainWhenItWasPushedOutOfMemory() {
        KeyValueStore<String, StanceWindowTotals> store = store();
        // room for one window only: every pair pushes the other one out
        StanceRecords records = new StanceRecords(MATH, 64);
        for (long day = 19_000; day < 19_200; day += 3) {
            for (String pair : List.of("KAZ->RUS", "KAZ->CHN")) {
                StanceRecords.PairWindows windows = records.windows(pair, day, store);
                touchOpenWindows(windows, store, pair, day, day, new Random(day));
                PairStance state = state("KAZ", pair.substring(5), day, 2);
                assertThat(records.encode(windows, state))
                        .isEqualTo(SERDE.encode(withAllWindows(state, store, pair)));
                assertThat(records.cachedPairs()).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldReadTheStoreAgainWhenThePairsClockIsEarlierThanWhatIsInMemory() {
        KeyValueStore<String, StanceWindowTotals> store = store();
        StanceRecords records = new StanceRecords(MATH, 1 << 20);
        for (long day = 19_000; day < 19_100; day += 2) {
            touchOpenWindows(records.windows("KAZ->RUS", day, store), store, "KAZ->RUS", day, day, new Random(day));
        }
        records.encode(records.windows("KAZ->RUS", 19_100, store), state("KAZ", "RUS", 19_100, 1));

        // the stores were restored to an earlier commit (an aborted transaction) without this object knowing:
        // windows closed in memory are open again in the store and differ from what memory holds
        store.put(StanceProcessor.windowKey("KAZ->RUS", 19_061L), window(19_061, 9));
        PairStance earlier = state("KAZ", "RUS", 19_080, 1);
        assertThat(records.encode(records.windows("KAZ->RUS", 19_080, store), earlier))
                .isEqualTo(SERDE.encode(withAllWindows(earlier, store, "KAZ->RUS")));
    }

    @Test
    void shouldReadTheStoreAgainWhenCleared() {
        KeyValueStore<String, StanceWindowTotals> store = store();
        StanceRecords records = new StanceRecords(MATH, 1 << 20);
        touchOpenWindows(records.windows("KAZ->RUS", 19_000, store), store, "KAZ->RUS", 19_000, 19_000,
                new Random(1));
        records.clear();
        assertThat(records.cachedPairs()).isZero();

        store.put(StanceProcessor.windowKey("KAZ->RUS", 18_998L), window(18_998, 3));
        PairStance state = state("KAZ", "RUS", 19_000, 0);
        assertThat(records.encode(records.windows("KAZ->RUS", 19_000, store), state))
                .isEqualTo(SERDE.encode(withAllWindows(state, store, "KAZ->RUS")));
    }

    @Test
    void shouldWriteAnEmptyWindowListWhenThePairHasNoWindows() {
        KeyValueStore<String, StanceWindowTotals> store = store();
        StanceRecords records = new StanceRecords(MATH, 1 << 20);
        PairStance state = state("KAZ", "RUS", 19_000, 0);
        assertThat(records.encode(records.windows("KAZ->RUS", 19_000, store), state))
                .isEqualTo(SERDE.encode(withAllWindows(state, store, "KAZ->RUS")));
    }

    /** Adds to, or creates, every still-open window containing {@code eventDay}, as the processor does. */
    private static void touchOpenWindows(StanceRecords.PairWindows windows, KeyValueStore<String, StanceWindowTotals>
            store, String pair, long eventDay, long clockDay, Random random) {
        for (long start : MATH.windowsContaining(eventDay)) {
            if (MATH.isOpen(start, clockDay * EventDates.MILLIS_PER_DAY)) {
                String key = StanceProcessor.windowKey(pair, start);
                StanceWindowTotals w = windows.get(key);
                if (w == null) {
                    w = window(start, 0);
                }
                StanceMath.apply(w.getTotals(), random.nextBoolean() ? "aligning" : "distancing",
                        0.5 + random.nextDouble(), +1);
                windows.put(store, key, w);
            }
        }
    }

    /** An in-memory store with the serdes the topology uses, outside any topology. */
    private static KeyValueStore<String, StanceWindowTotals> store() {
        KeyValueStore<String, StanceWindowTotals> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore("windows"), Serdes.String(), AvroSerde.of(StanceWindowTotals.class))
                .withLoggingDisabled().withCachingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
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

    private static PairStance withAllWindows(PairStance state, KeyValueStore<String, StanceWindowTotals> store,
            String pair) {
        return PairStance.newBuilder(state).setWindows(StanceProcessor.windowsOf(store, pair)).build();
    }
}
