package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.RouteIncidentEntry;
import io.geowire.model.avro.RouteState;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.HistoryKeys;
import io.geowire.streams.query.RouteIncident;
import io.geowire.streams.query.RouteView;
import io.geowire.streams.support.Driver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class RouteStatusTest {

    @Test
    void shouldTakeTheStatusOfTheLatestIncidentByEventDateWhenIncidentsArriveOutOfOrder() {
        try (Driver d = new Driver()) {
            d.event(route("r2", "a2", "CPC", "disrupted", "legal", "30 days", "2022-07-05",
                    "A court ordered the terminal to halt loadings for a month."));
            d.event(route("r1", "a1", "CPC", "disrupted", "weather", null, "2022-03-22",
                    "A storm damaged the moorings and loadings stopped."));

            RouteState s = d.<RouteState>store(StoreNames.ROUTE_STATES).get("CPC");
            assertThat(s.getStatus()).isEqualTo("disrupted");
            assertThat(s.getSince()).isEqualTo("2022-07-05");
            assertThat(s.getIncidents()).extracting(RouteIncidentEntry::getDate)
                    .containsExactly("2022-03-22", "2022-07-05");
            assertThat(s.getDaysDisrupted()).as("30 stated days + 1 day without duration").isEqualTo(31);
        }
    }

    @Test
    void shouldBeOperationalAndCountDaysUntilRestoredWhenALaterRestoredIncidentExists() {
        try (Driver d = new Driver()) {
            d.event(route("r1", "a1", "CPC", "disrupted", "weather", null, "2022-03-22",
                    "A storm damaged the moorings and loadings stopped."));
            d.event(route("r2", "a2", "CPC", "restored", null, null, "2022-04-12",
                    "Loadings resumed at the terminal."));

            RouteState s = d.<RouteState>store(StoreNames.ROUTE_STATES).get("CPC");
            assertThat(s.getStatus()).isEqualTo("operational");
            assertThat(s.getSince()).isEqualTo("2022-04-12");
            assertThat(s.getDaysDisrupted()).isEqualTo(21);
        }
    }

    @Test
    void shouldStayOperationalWhenOnlyAlternativeIncidentsAreKnown() {
        try (Driver d = new Driver()) {
            d.event(route("r1", "a1", "TITR", "alternative", null, null, "2022-05-01",
                    "Exporters shipped more oil across the sea to avoid the northern pipeline."));
            RouteState s = d.<RouteState>store(StoreNames.ROUTE_STATES).get("TITR");
            assertThat(s.getStatus()).isEqualTo("operational");
            assertThat(s.getSince()).isNull();
            assertThat(s.getIncidents()).hasSize(1);
        }
    }

    @Test
    void shouldReplaceTheIncidentWhenASecondSourceReportsIt() {
        try (Driver d = new Driver()) {
            d.event(route("r1", "a1", "CPC", "at_risk", "political", null, "2022-06-10",
                    "Moscow could block the transit of oil through the pipeline."));
            d.event(route("r2", "a2", "CPC", "at_risk", "political", null, "2022-06-11",
                    "Moscow could block oil transit through the pipeline, officials feared."));
            d.event(route("r2", "a2", "CPC", "at_risk", "political", null, "2022-06-11",
                    "Moscow could block oil transit through the pipeline, officials feared."));

            RouteState s = d.<RouteState>store(StoreNames.ROUTE_STATES).get("CPC");
            assertThat(s.getStatus()).isEqualTo("at_risk");
            assertThat(s.getIncidents()).singleElement().satisfies(i -> {
                assertThat(i.getSources()).isEqualTo(2);
                assertThat(i.getArticles()).containsExactly("a1", "a2");
            });
            assertThat(d.routeStatus.readValuesToList()).hasSize(2);
        }
    }

    @Test
    void shouldKeepABoundedValueAndListTheWholeHistoryWhenARouteHasManyIncidents() {
        try (Driver d = new Driver(TopologyOptions.defaults().withRecentHistory(5))) {
            LocalDate first = LocalDate.parse("2021-01-01");
            int count = 40;
            // five days apart: never corroborated with each other; sent newest first, the worst order
            for (int i = count - 1; i >= 0; i--) {
                String status = i % 4 == 3 ? "restored" : "disrupted";
                d.event(route("r" + i, "a" + i, "CPC", status, null, null, first.plusDays(5L * i).toString(),
                        "Loadings stopped again, report " + i + "."));
            }

            RouteState s = d.<RouteState>store(StoreNames.ROUTE_STATES).get("CPC");
            assertThat(s.getIncidents()).as("the value carries the newest five, oldest first")
                    .extracting(RouteIncidentEntry::getDate)
                    .containsExactly("2021-06-25", "2021-06-30", "2021-07-05", "2021-07-10", "2021-07-15");
            assertThat(s.getIncidentCount()).isEqualTo(count);
            assertThat(s.getFirstDate()).isEqualTo("2021-01-01");
            assertThat(s.getLastDate()).isEqualTo("2021-07-15");
            // each group of three disrupted incidents lasts until the restored one 15 days after the first
            assertThat(s.getDaysDisrupted()).isEqualTo(10 * 15);
            assertThat(s.getStatus()).isEqualTo("operational");
            assertThat(s.getSince()).isEqualTo("2021-07-15");
            assertThat(entries(d.store(StoreNames.ROUTE_INCIDENTS))).hasSize(count);
            assertThat(entries(d.store(StoreNames.ROUTE_DAYS))).as("one state per day with incidents").hasSize(count);

            RouteView view = d.queries().route("CPC").orElseThrow();
            assertThat(view.incidents()).as("the API lists the whole history, oldest first").hasSize(count);
            assertThat(view.incidents().get(0).date()).isEqualTo("2021-01-01");
            assertThat(view.incidents().get(count - 1).date()).isEqualTo("2021-07-15");
            assertThat(d.queries().routes()).singleElement().isEqualTo(view);
        }
    }

    @Test
    void shouldMoveTheIncidentAndForgetItsOldDayWhenABetterDateArrives() {
        try (Driver d = new Driver()) {
            d.event(route("r1", "a1", "CPC", "disrupted", "weather", null, "2022-03",
                    "A storm damaged the moorings and loadings stopped."));
            d.event(route("r2", "a2", "CPC", "disrupted", "weather", null, "2022-03-22",
                    "A storm damaged the moorings and loadings stopped at the terminal."));

            RouteState s = d.<RouteState>store(StoreNames.ROUTE_STATES).get("CPC");
            assertThat(s.getIncidentCount()).isEqualTo(1);
            assertThat(s.getSince()).isEqualTo("2022-03-22");
            assertThat(entries(d.store(StoreNames.ROUTE_INCIDENTS))).singleElement()
                    .satisfies(kv -> assertThat(kv.key).startsWith(HistoryKeys.dayKey("CPC",
                            LocalDate.parse("2022-03-22").toEpochDay())));
            assertThat(entries(d.store(StoreNames.ROUTE_DAYS))).singleElement()
                    .satisfies(kv -> assertThat(kv.key).isEqualTo(HistoryKeys.dayKey("CPC",
                            LocalDate.parse("2022-03-22").toEpochDay())));
        }
    }

    @Test
    void shouldFileTheOldHistoryWhenTheValueWasWrittenBeforeTheHistoryStore() {
        try (Driver d = new Driver()) {
            RouteIncidentEntry old = new RouteIncidentEntry("c-r0", "2022-03-01",
                    LocalDate.parse("2022-03-01").toEpochDay(), "disrupted", null, null, 1, List.of("a0"), false,
                    "An earlier stoppage.");
            d.<RouteState>store(StoreNames.ROUTE_STATES).put("CPC",
                    new RouteState("CPC", "disrupted", "2022-03-01", 1L, List.of(old), 0L, null, null));
            assertThat(d.queries().route("CPC").orElseThrow().incidents()).hasSize(1);

            d.event(route("r1", "a1", "CPC", "restored", null, null, "2022-03-11", "Loadings resumed."));

            RouteState s = d.<RouteState>store(StoreNames.ROUTE_STATES).get("CPC");
            assertThat(s.getIncidentCount()).isEqualTo(2);
            assertThat(s.getDaysDisrupted()).isEqualTo(10);
            assertThat(s.getStatus()).isEqualTo("operational");
            assertThat(d.queries().route("CPC").orElseThrow().incidents())
                    .extracting(RouteIncident::eventId).containsExactly("c-r0", "c-r1");
        }
    }

    private static <V> List<KeyValue<String, V>> entries(KeyValueStore<String, V> store) {
        List<KeyValue<String, V>> all = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            it.forEachRemaining(all::add);
        }
        return all;
    }
}
