package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceContribution;
import io.geowire.model.avro.StanceWindowTotals;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.support.Driver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StanceIndexTest {

    private static final String PAIR = "KAZ->RUS";

    private static TopologyOptions graceDays(int days) {
        return TopologyOptions.defaults().withWindows(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(days));
    }

    @Test
    void shouldCountAnEventOnceInEveryWindowContainingItsDayWhenInOrder() {
        try (Driver d = new Driver(graceDays(10))) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."));

            Map<String, StanceWindowTotals> windows = windows(d);
            assertThat(windows).hasSizeBetween(4, 5);
            assertThat(windows.values()).allSatisfy(w -> {
                assertThat(contains(w, "2022-03-01")).isTrue();
                assertThat(w.getTotals().getCount()).isEqualTo(1);
                assertThat(w.getTotals().getDistancing()).isEqualTo(1);
            });
            PairStance all = d.<PairStance>store(StoreNames.STANCE_ALL_TIME).get(PAIR);
            assertThat(all.getAllTime().getCount()).isEqualTo(1);
            assertThat(all.getAllTime().getWeighted() / all.getAllTime().getWeight()).isEqualTo(-1.0);
        }
    }

    @Test
    void shouldUpdateEveryWindowOfALateEventWhenItIsWithinGrace() {
        try (Driver d = new Driver(graceDays(40))) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "aligning", "2022-05-01", "The leaders praised the alliance."));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-04-20", "Astana refused to send troops."));

            Map<String, StanceWindowTotals> windows = windows(d);
            assertThat(windows.values()).filteredOn(w -> contains(w, "2022-04-20")).hasSizeBetween(4, 5)
                    .allSatisfy(w -> assertThat(w.getTotals().getDistancing()).isEqualTo(1));
            assertThat(windows.values()).filteredOn(w -> contains(w, "2022-05-01") && contains(w, "2022-04-20"))
                    .isNotEmpty()
                    .allSatisfy(w -> assertThat(w.getTotals().getCount()).isEqualTo(2));
        }
    }

    @Test
    void shouldCloseWindowsOnlyByThePairsOwnEventsWhenAnotherPairIsFarAhead() {
        try (Driver d = new Driver(graceDays(0))) {
            // another pair's much later event must not close this pair's windows: which pair a task happens to
            // read first would otherwise decide the state, and replays would differ
            d.event(stance("e1", "a1", "KAZ", "TUR", "aligning", "2022-09-01", "The presidents signed a pact."));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-03-01", "Astana refused to send troops."));

            assertThat(windows(d).values()).filteredOn(w -> contains(w, "2022-03-01")).hasSizeBetween(4, 5)
                    .allSatisfy(w -> assertThat(w.getTotals().getDistancing()).isEqualTo(1));
            assertThat(d.<PairStance>store(StoreNames.STANCE_ALL_TIME).get(PAIR).getLatestDay())
                    .isEqualTo(LocalDate.parse("2022-03-01").toEpochDay());
        }
    }

    @Test
    void shouldKeepALateEventOutOfClosedWindowsButInAllTimeWhenBeyondGrace() {
        try (Driver d = new Driver(graceDays(0))) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "aligning", "2022-03-20", "The leaders praised the alliance."));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-03-01", "Astana refused to send troops."));

            // the pair's clock is 2022-03-20: a window of 2022-03-01 is open only if it ends after that
            Map<String, StanceWindowTotals> windows = windows(d);
            LocalDate streamDay = LocalDate.parse("2022-03-20");
            assertThat(windows.values()).filteredOn(w -> contains(w, "2022-03-01")).allSatisfy(w ->
                    assertThat(w.getTotals().getDistancing())
                            .isEqualTo(LocalDate.parse(w.getEnd()).isAfter(streamDay) ? 1 : 0));
            assertThat(windows.values()).filteredOn(w -> contains(w, "2022-03-01") && w.getTotals().getDistancing() == 1)
                    .as("some windows of the late event were still open").isNotEmpty();

            d.event(stance("e3", "a3", "KAZ", "RUS", "distancing", "2021-12-01", "Officials skipped the summit."));
            assertThat(windows(d).values()).noneMatch(w -> contains(w, "2021-12-01"));
            assertThat(d.<PairStance>store(StoreNames.STANCE_ALL_TIME).get(PAIR).getAllTime().getCount())
                    .isEqualTo(3);
            assertThat(d.<StanceContribution>store(StoreNames.STANCE_CONTRIBUTIONS).get(PAIR + "|c-e3")
                    .getWindowStarts()).isEmpty();
        }
    }

    @Test
    void shouldReplaceAnEventsContributionWhenAnotherSourceCorroboratesIt() {
        try (Driver d = new Driver(graceDays(90))) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-29", null,
                    "The deputy minister pledged the country will not help evade the restrictions.", 0.8, false));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-03-29", null,
                    "The country will not help evade the restrictions, the deputy minister said.", 0.6, false));

            double expected = 0.8 * (1 + Math.log(2));
            PairStance all = d.<PairStance>store(StoreNames.STANCE_ALL_TIME).get(PAIR);
            assertThat(all.getAllTime().getCount()).isEqualTo(1);
            assertThat(all.getAllTime().getWeight()).isCloseTo(expected, within(1e-9));
            assertThat(all.getTopEvidence()).singleElement().satisfies(e -> {
                assertThat(e.getSources()).isEqualTo(2);
                assertThat(e.getArticles()).containsExactly("a1", "a2");
            });
            assertThat(windows(d).values()).isNotEmpty().allSatisfy(w -> {
                assertThat(w.getTotals().getCount()).isEqualTo(1);
                assertThat(w.getTotals().getWeight()).isCloseTo(expected, within(1e-9));
            });
        }
    }

    @Test
    void shouldMoveAnEventToItsNewWindowsWhenCorroborationGivesItAnEarlierDate() {
        try (Driver d = new Driver(graceDays(300))) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", null, "2022-07-13",
                    "Astana refused to recognise the breakaway republics.", 0.8, false));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-06-17", null,
                    "Astana refused to recognise the breakaway republics at the forum.", 0.8, false));

            Map<String, StanceWindowTotals> windows = windows(d);
            assertThat(windows.values()).noneMatch(w -> contains(w, "2022-07-13") && !contains(w, "2022-06-17"));
            assertThat(windows.values()).filteredOn(w -> contains(w, "2022-06-17")).hasSizeBetween(4, 5)
                    .allSatisfy(w -> assertThat(w.getTotals().getCount()).isEqualTo(1));
            assertThat(d.<PairStance>store(StoreNames.STANCE_ALL_TIME).get(PAIR).getAllTime().getCount())
                    .isEqualTo(1);
        }
    }

    @Test
    void shouldLeaveStoresAndOutputUnchangedWhenEventsAreSentAgain() {
        try (Driver d = new Driver(graceDays(90))) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."));
            d.event(stance("e2", "a2", "KAZ", "CHN", "aligning", "2022-09-14", "The visit deepened the partnership."));
            Map<String, StanceWindowTotals> before = windows(d);
            d.stanceIndex.readRecordsToList();

            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."));
            d.event(stance("e2", "a2", "KAZ", "CHN", "aligning", "2022-09-14", "The visit deepened the partnership."));

            assertThat(windows(d)).isEqualTo(before);
            assertThat(d.stanceIndex.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldEmitTheChangedIndexKeyedByPair() {
        try (Driver d = new Driver(graceDays(90))) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."));
            var out = d.stanceIndex.readKeyValue();
            assertThat(out.key).isEqualTo(PAIR);
            assertThat(out.value.getAllTime().getDistancing()).isEqualTo(1);
            assertThat(out.value.getWindows()).hasSizeBetween(4, 5);
        }
    }

    @Test
    void shouldCarryEveryWindowOfThePairWhenMostOfThemHaveClosed() {
        try (Driver d = new Driver(graceDays(0))) {
            LocalDate day = LocalDate.parse("2022-01-03");
            for (int i = 0; i < 40; i++, day = day.plusDays(9)) {
                d.event(stance("e" + i, "a" + i, "KAZ", "RUS", i % 3 == 0 ? "aligning" : "distancing",
                        day.toString(), "Statement number " + i + " on the treaty."));
                PairStance out = d.stanceIndex.readValue();
                // the closed windows come from memory, the open ones from the store: together exactly the store's
                assertThat(out.getWindows()).as("after event %d", i).containsExactlyElementsOf(windows(d).values());
                assertThat(d.stanceIndex.isEmpty()).isTrue();
            }
            // a year of history, 30-day windows without grace: most windows are closed
            assertThat(windows(d)).hasSizeGreaterThan(40);
            assertThat(d.stanceIndex.isEmpty()).isTrue();
        }
    }

    private static boolean contains(StanceWindowTotals w, String day) {
        LocalDate date = LocalDate.parse(day);
        return !LocalDate.parse(w.getStart()).isAfter(date) && LocalDate.parse(w.getEnd()).isAfter(date);
    }

    private static Map<String, StanceWindowTotals> windows(Driver d) {
        Map<String, StanceWindowTotals> map = new TreeMap<>();
        try (var it = d.<StanceWindowTotals>store(StoreNames.STANCE_WINDOWS).prefixScan(PAIR + "|",
                new org.apache.kafka.common.serialization.StringSerializer())) {
            it.forEachRemaining(kv -> map.put(kv.value.getStart(), kv.value));
        }
        return map;
    }
}
