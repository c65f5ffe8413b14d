package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceWindowTotals;
import io.geowire.streams.StoreNames;
import io.geowire.streams.internal.EventDates;
import io.geowire.streams.support.Driver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * An event whose extracted date lies years ahead (a bad extraction) must not carry that date as its Kafka record
 * time, which a broker rejects, yet must still be placed by its own date in the state.
 */
class FutureDatedEventTest {

    private static final String PAIR = "KAZ->RUS";
    private static final String FUTURE = "2030-08-18";

    @Test
    void shouldPlaceAFutureDatedEventByItsDateWhileRecordTimestampsStayAtItsReportTime() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", FUTURE, "Astana left the pact."));

            PairStance all = d.<PairStance>store(StoreNames.STANCE_ALL_TIME).get(PAIR);
            assertThat(all.getAllTime().getCount()).isEqualTo(1);
            assertThat(all.getLatestDay()).isEqualTo(LocalDate.parse(FUTURE).toEpochDay());
            assertThat(windowStarts(d)).isNotEmpty().allSatisfy(start -> assertThat(start)
                    .isBetween(LocalDate.parse(FUTURE).minusDays(30), LocalDate.parse(FUTURE)));
            CorroboratedCluster cluster = onlyCluster(d);
            assertThat(cluster.getDate()).isEqualTo(FUTURE);
            assertThat(cluster.getEventDay()).isEqualTo(LocalDate.parse(FUTURE).toEpochDay());

            List<TestRecord<String, PairStance>> out = d.stanceIndex.readRecordsToList();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).getRecordTime()).isEqualTo(Driver.PRODUCED_AT);
            assertThat(d.repartitionTimestamps()).containsExactly(Driver.PRODUCED_AT.toEpochMilli());
        }
    }

    @Test
    void shouldKeepThePastEventDateAsRecordTimeWhenItIsBeforeTheReport() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-29", "Astana left the pact."));

            assertThat(d.stanceIndex.readRecordsToList()).singleElement().satisfies(r -> assertThat(
                    r.getRecordTime().toEpochMilli()).isEqualTo(EventDates.millis("2022-03-29")));
            assertThat(d.repartitionTimestamps()).containsExactly(EventDates.millis("2022-03-29"));
        }
    }

    private static List<LocalDate> windowStarts(Driver d) {
        KeyValueStore<String, StanceWindowTotals> windows = d.store(StoreNames.STANCE_WINDOWS);
        List<LocalDate> starts = new ArrayList<>();
        try (KeyValueIterator<String, StanceWindowTotals> it = windows.all()) {
            it.forEachRemaining(kv -> starts.add(LocalDate.parse(kv.value.getStart())));
        }
        return starts;
    }

    private static CorroboratedCluster onlyCluster(Driver d) {
        KeyValueStore<String, CorroboratedCluster> clusters = d.store(StoreNames.CORROBORATION_CLUSTERS);
        List<KeyValue<String, CorroboratedCluster>> all = new ArrayList<>();
        try (KeyValueIterator<String, CorroboratedCluster> it = clusters.all()) {
            it.forEachRemaining(all::add);
        }
        assertThat(all).hasSize(1);
        return all.get(0).value;
    }
}
