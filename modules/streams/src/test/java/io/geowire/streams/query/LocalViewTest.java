package io.geowire.streams.query;

import static io.geowire.streams.support.Samples.route;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.streams.GeowireTopology;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.support.Driver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LocalViewTest {

    @Test
    void shouldGiveEachEventItsPlacementDayWhenEventsAreListedForMerging() {
        try (Driver d = new Driver()) {
            d.events(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."),
                    route("e2", "a2", "CPC", "disrupted", "weather", "30 days", "2022-03-22", "Loadings stopped."));
            LocalView view = new LocalView(scope -> d::store, Duration.ZERO);

            var dated = view.datedEvents(QueryScope.ACTIVE, new EventQuery(null, null, null, 10));

            assertThat(dated).extracting(DatedEvent::day).containsExactly(
                    LocalDate.parse("2022-03-22").toEpochDay(), LocalDate.parse("2022-03-01").toEpochDay());
            assertThat(dated.get(0).event().type()).isEqualTo("route_disruption");
        }
    }

    @Test
    void shouldFindAnArticlesEventsWhenTheArticleItselfIsElsewhere() {
        try (Driver d = new Driver()) {
            d.events(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."),
                    stance("e2", "a1", "KAZ", "TUR", "aligning", "2022-03-02", "They signed a partnership."),
                    stance("e3", "a2", "KAZ", "CHN", "aligning", "2022-03-03", "Trade grew."));
            LocalView view = new LocalView(scope -> d::store, Duration.ZERO);

            assertThat(view.articleEvents(QueryScope.ACTIVE, "a1")).extracting(ArticleView.ArticleEvent::id)
                    .containsExactlyInAnyOrder("e1", "e2");
            assertThat(view.queries(QueryScope.ACTIVE).article("a1")).isEmpty();
        }
    }

    @Test
    void shouldRoundTripTopicPartitionsWhenAScopeIsSentToAnotherInstance() {
        QueryScope scope = QueryScope.standby(Set.of(new TopicPartition("p.events", 2),
                new TopicPartition("app-events-by-entity-repartition", 0)));

        assertThat(QueryScope.decode(scope.encode())).isEqualTo(scope);
        assertThat(scope.encode()).isEqualTo("app-events-by-entity-repartition@0,p.events@2");
        assertThat(QueryScope.decode(" ")).isEqualTo(QueryScope.ACTIVE);
        assertThatThrownBy(() -> QueryScope.decode("events")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMapStoresToTheirSubTopologysSourcesWhenTopicsArePrefixedOrInternal() {
        StoreSources sources = StoreSources.of(GeowireTopology.build(TopologyOptions.defaults()));

        assertThat(sources.feeds("geowire-streams-events-by-entity-repartition", StoreNames.STANCE_ALL_TIME)).isTrue();
        assertThat(sources.feeds("events", StoreNames.STANCE_ALL_TIME)).isFalse();
        assertThat(sources.feeds("events", StoreNames.ARTICLE_EVENTS)).isTrue();
        assertThat(sources.feeds("articles", StoreNames.ARTICLES)).isTrue();
        assertThat(sources.feeds("articles", StoreNames.ARTICLE_EVENTS)).isFalse();
    }
}
