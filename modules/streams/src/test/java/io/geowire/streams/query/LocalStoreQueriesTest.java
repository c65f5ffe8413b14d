package io.geowire.streams.query;

import static io.geowire.streams.support.Samples.route;
import static io.geowire.streams.support.Samples.sanction;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.streams.support.Driver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocalStoreQueriesTest {

    @Test
    void shouldAnswerStanceWithWindowsInsideTheRangeWhenFromAndToAreGiven() {
        try (Driver d = new Driver()) {
            d.events(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."),
                    stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-05-10", "The parade was cancelled."),
                    stance("e3", "a3", "KAZ", "RUS", "aligning", "2022-06-17", "The alliance stays solid."));
            GeowireQueries q = d.queries();

            StanceView all = q.stance("KAZ", "RUS", null, null).orElseThrow();
            assertThat(all.allTime().count()).isEqualTo(3);
            assertThat(all.allTime().distancing()).isEqualTo(2);
            assertThat(all.allTime().score()).isBetween(-1.0, 0.0);
            assertThat(all.windows()).extracting(StanceWindow::start).isSorted();
            assertThat(all.topEvidence()).hasSize(3);

            StanceView june = q.stance("KAZ", "RUS", LocalDate.parse("2022-06-01"), LocalDate.parse("2022-06-30"))
                    .orElseThrow();
            assertThat(june.windows()).isNotEmpty().allSatisfy(w -> {
                assertThat(w.end()).isGreaterThan("2022-06-01");
                assertThat(w.start()).isLessThanOrEqualTo("2022-06-30");
            });
            assertThat(june.windows().size()).isLessThan(all.windows().size());
            assertThat(q.stance("KAZ", "CHN", null, null)).isEmpty();
        }
    }

    @Test
    void shouldListPairsMostEventsFirstWhenSeveralPairsExist() {
        try (Driver d = new Driver()) {
            d.events(stance("e1", "a1", "KAZ", "TUR", "aligning", "2022-05-01", "They signed a partnership."),
                    stance("e2", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."),
                    stance("e3", "a2", "KAZ", "RUS", "distancing", "2022-05-10", "The parade was cancelled."));

            assertThat(d.queries().stancePairs()).extracting(StancePair::target).containsExactly("RUS", "TUR");
            assertThat(d.queries().stancePairs().get(0).score()).isEqualTo(-1.0);
        }
    }

    @Test
    void shouldFilterEventsByTypeActorAndDateNewestFirstWhenQueried() {
        try (Driver d = new Driver()) {
            d.events(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."),
                    route("e2", "a1", "CPC", "disrupted", "weather", "30 days", "2022-03-22", "Loadings stopped."),
                    sanction("e3", "a2", "KAZ", "Minister", "comply", "EU", "2022-03-29", "We will abide by them."),
                    stance("e4", "a2", "TUR", "KAZ", "aligning", "2022-05-11", "Ankara welcomed the visit."));
            GeowireQueries q = d.queries();

            assertThat(q.events(new EventQuery(null, "KAZ", null, 10))).extracting(CorroboratedEvent::id)
                    .containsExactly("c-e4", "c-e3", "c-e1");
            assertThat(q.events(new EventQuery("route_disruption", null, null, 10))).singleElement()
                    .satisfies(e -> assertThat(e.fields()).containsEntry("magnitude", "30 days"));
            assertThat(q.events(new EventQuery(null, null, LocalDate.parse("2022-03-25"), 10)))
                    .extracting(CorroboratedEvent::id).containsExactly("c-e4", "c-e3");
            assertThat(q.events(new EventQuery(null, null, null, 1))).hasSize(1);
        }
    }

    @Test
    void shouldKeepOnlyEventsAtOrAboveMinConfidenceWhenQueried() {
        try (Driver d = new Driver()) {
            // sample confidences: stance 0.8, route 0.7, sanction 0.9
            d.events(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."),
                    route("e2", "a1", "CPC", "disrupted", "weather", "30 days", "2022-03-22", "Loadings stopped."),
                    sanction("e3", "a2", "KAZ", "Minister", "comply", "EU", "2022-03-29", "We will abide by them."));
            GeowireQueries q = d.queries();

            assertThat(q.events(new EventQuery(null, null, null, 10, 0.8))).extracting(CorroboratedEvent::id)
                    .containsExactly("c-e3", "c-e1");
            assertThat(q.events(new EventQuery(null, null, null, 10, 0.85))).extracting(CorroboratedEvent::id)
                    .containsExactly("c-e3");
            assertThat(q.events(new EventQuery(null, null, null, 10, 0.0))).hasSize(3);
        }
    }

    @Test
    void shouldAnswerRoutesAndSanctionsWhenTheyHaveEvents() {
        try (Driver d = new Driver()) {
            d.events(route("e1", "a1", "CPC", "disrupted", "legal", "30 days", "2022-07-05", "A court halted it."),
                    sanction("e2", "a2", "KAZ", "Minister", "comply", "EU", "2022-03-29", "We will abide by them."));
            GeowireQueries q = d.queries();

            RouteView cpc = q.route("CPC").orElseThrow();
            assertThat(cpc.name()).contains("Caspian");
            assertThat(cpc.status()).isEqualTo("disrupted");
            assertThat(cpc.daysDisrupted()).isEqualTo(30);
            assertThat(q.routes()).extracting(RouteView::route).containsExactly("CPC");
            assertThat(q.route("BTC")).isEmpty();
            SanctionsView kaz = q.sanctions("KAZ").orElseThrow();
            assertThat(kaz.latest()).isEqualTo("comply");
            assertThat(kaz.statements()).singleElement()
                    .satisfies(s -> assertThat(s.quote()).isEqualTo("We will abide by them."));
        }
    }

    @Test
    void shouldShowAnArticleWithItsEventsInTextOrderWhenKnown() {
        try (Driver d = new Driver()) {
            d.article(io.geowire.streams.support.Samples.article("a1", "2022-05-01"));
            d.events(sanction("e2", "a1", "KAZ", "Minister", "comply", "EU", "2022-03-29", "We will abide by them."),
                    stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", "Astana banned the symbol."),
                    stance("e3", "a2", "KAZ", "TUR", "aligning", "2022-05-11", "Ankara welcomed the visit."));

            ArticleView view = d.queries().article("a1").orElseThrow();
            assertThat(view.text()).isEqualTo("Text of a1");
            assertThat(view.events()).extracting(ArticleView.ArticleEvent::id).containsExactly("e1", "e2");
            assertThat(view.events().get(0).summary()).isEqualTo("KAZ distancing RUS (test topic)");
            assertThat(d.queries().article("missing")).isEmpty();
        }
    }
}
