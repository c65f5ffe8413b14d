package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.sanction;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.streams.StoreNames;
import io.geowire.streams.support.Driver;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    private static final String PLEDGE_A =
            "The deputy minister said the republic will never serve as a route for evading the embargo.";
    private static final String PLEDGE_B =
            "According to the deputy minister, the republic will never serve as a route for evading it.";

    @Test
    void shouldMergeOneStatementReportedByTwoArticlesWhenDatesAndEvidenceAgree() {
        try (Driver d = new Driver()) {
            d.event(sanction("e1", "a1", "KAZ", "Deputy Minister", "refuse_circumvent", "USA,EU", "2022-03-29",
                    PLEDGE_A));
            d.event(sanction("e2", "a2", "KAZ", "Deputy Minister", "refuse_circumvent", "EU", "2022-03-29",
                    PLEDGE_B));

            List<CorroboratedCluster> clusters = clusters(d);
            assertThat(clusters).hasSize(1);
            CorroboratedCluster c = clusters.get(0);
            assertThat(c.getId()).isEqualTo("c-e1");
            assertThat(c.getSources()).isEqualTo(2);
            assertThat(c.getArticles()).containsExactly("a1", "a2");
            assertThat(c.getDate()).isEqualTo("2022-03-29");
            assertThat(d.<String>store(StoreNames.CORROBORATION_MEMBERS).get("e2"))
                    .isEqualTo("sanction_statement:KAZ:refuse_circumvent|c-e1");
        }
    }

    @Test
    void shouldChangeNothingWhenAnArticleIsSentAgain() {
        try (Driver d = new Driver()) {
            d.event(sanction("e1", "a1", "KAZ", null, "comply", null, "2022-03-29", PLEDGE_A));
            d.event(sanction("e2", "a2", "KAZ", null, "comply", null, "2022-03-30", PLEDGE_B));
            d.sanctionsLedger.readRecordsToList();

            d.event(sanction("e1", "a1", "KAZ", null, "comply", null, "2022-03-29", PLEDGE_A));
            d.event(sanction("e2", "a2", "KAZ", null, "comply", null, "2022-03-30", PLEDGE_B));

            assertThat(clusters(d)).singleElement().satisfies(c -> {
                assertThat(c.getSources()).isEqualTo(2);
                assertThat(c.getMemberCount()).isEqualTo(2);
            });
            assertThat(d.sanctionsLedger.isEmpty()).as("no change of state, nothing emitted").isTrue();
        }
    }

    @Test
    void shouldKeepEventsApartWhenDatesAreFarApart() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", PLEDGE_A));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-06-01", PLEDGE_A));

            assertThat(clusters(d)).hasSize(2).allSatisfy(c -> assertThat(c.getSources()).isEqualTo(1));
        }
    }

    @Test
    void shouldKeepTwoEventsOfOneArticleApartWhenTheirKeysMatch() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", PLEDGE_A));
            d.event(stance("e2", "a1", "KAZ", "RUS", "distancing", "2022-03-01", PLEDGE_B));

            assertThat(clusters(d)).hasSize(2);
        }
    }

    @Test
    void shouldMergeUndatedReportsOnlyWhenTheirEvidenceLargelyOverlaps() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", null,
                    "Astana refused to recognise the breakaway republics in the east."));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", null,
                    "Astana has refused to recognise the breakaway republics."));
            d.event(stance("e3", "a3", "KAZ", "RUS", "distancing", null,
                    "The government cancelled the military parade this spring."));

            List<CorroboratedCluster> clusters = clusters(d);
            assertThat(clusters).hasSize(2);
            assertThat(clusters).filteredOn(c -> c.getId().equals("c-e1")).singleElement()
                    .satisfies(c -> assertThat(c.getArticles()).containsExactly("a1", "a2"));
        }
    }

    @Test
    void shouldMergeAMonthDatedReportWithADayInThatMonthWhenTheDayArrivesFirst() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "TUR", "aligning", "2022-05-24", "The leaders agreed to build drones together."));
            d.event(stance("e2", "a2", "KAZ", "TUR", "aligning", "2022-05", "In May the leaders agreed to build drones."));
            d.event(stance("e3", "a3", "KAZ", "TUR", "aligning", "2022-05-27", "They agreed to build drones, the leaders said."));

            assertThat(clusters(d)).singleElement().satisfies(c -> {
                assertThat(c.getArticles()).containsExactly("a1", "a2", "a3");
                assertThat(c.getDate()).as("the most precise date wins").isEqualTo("2022-05-24");
            });
        }
    }

    @Test
    void shouldNotMergeAcrossPolaritiesWhenEvidenceIsIdentical() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", PLEDGE_A));
            d.event(stance("e2", "a2", "KAZ", "RUS", "aligning", "2022-03-01", PLEDGE_A));

            assertThat(clusters(d)).hasSize(2);
        }
    }

    private static List<CorroboratedCluster> clusters(Driver d) {
        KeyValueStore<String, CorroboratedCluster> store = d.store(StoreNames.CORROBORATION_CLUSTERS);
        List<CorroboratedCluster> list = new ArrayList<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> list.add(kv.value));
        }
        return list;
    }
}
