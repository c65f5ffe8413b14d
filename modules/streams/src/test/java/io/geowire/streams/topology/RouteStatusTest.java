package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.RouteIncidentEntry;
import io.geowire.model.avro.RouteState;
import io.geowire.streams.StoreNames;
import io.geowire.streams.support.Driver;
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
}
