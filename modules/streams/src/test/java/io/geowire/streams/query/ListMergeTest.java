package io.geowire.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merges of instances' parts into one list, each in the order the single-instance answer has. */
class ListMergeTest {

    @Test
    void shouldPutPairsWithMostEventsFirstThenByActorAndTargetWhenMerging() {
        StancePair kazRus = new StancePair("KAZ", "RUS", 0.5, 4);
        StancePair kazChn = new StancePair("KAZ", "CHN", 0.1, 4);
        StancePair azeTur = new StancePair("AZE", "TUR", -0.2, 9);
        StancePair armRus = new StancePair("ARM", "RUS", 0.0, 1);

        List<StancePair> merged = StancePair.merge(List.of(List.of(kazRus, armRus), List.of(), List.of(azeTur, kazChn)));

        assertThat(merged).containsExactly(azeTur, kazChn, kazRus, armRus);
    }

    @Test
    void shouldOrderRoutesByIdWhenMerging() {
        RouteView cpc = route("CPC");
        RouteView btc = route("BTC");
        RouteView tcr = route("TCR");

        assertThat(RouteView.merge(List.of(List.of(tcr), List.of(cpc, btc)))).containsExactly(btc, cpc, tcr);
    }

    @Test
    void shouldKeepNewestEventsAcrossPartsWhenEachPartHoldsItsOwnNewest() {
        List<DatedEvent> first = List.of(dated("e5", 20), dated("e1", 10));
        List<DatedEvent> second = List.of(dated("e3", 30), dated("e2", 20));

        List<CorroboratedEvent> newest = DatedEvent.newest(List.of(first, second), 3);

        // day 20 twice: the id decides, as in the single-instance answer
        assertThat(newest).extracting(CorroboratedEvent::id).containsExactly("e3", "e2", "e5");
    }

    @Test
    void shouldOrderAnArticlesEventsByEvidenceOffsetThenIdWhenMerging() {
        ArticleView.ArticleEvent late = articleEvent("b", 90);
        ArticleView.ArticleEvent earlyB = articleEvent("b2", 10);
        ArticleView.ArticleEvent earlyA = articleEvent("a9", 10);

        assertThat(ArticleView.ArticleEvent.merge(List.of(List.of(late, earlyB), List.of(earlyA))))
                .containsExactly(earlyA, earlyB, late);
    }

    @Test
    void shouldCarryStalenessThroughMergesWhenAnyPartIsStale() {
        Answer<List<Integer>> parts = Answer.all(List.of(Answer.fresh(1), Answer.fromStandby(2)));

        assertThat(parts.map(l -> l.stream().mapToInt(Integer::intValue).sum())).isEqualTo(Answer.fromStandby(3));
        assertThat(Answer.all(List.of(Answer.fresh(1), Answer.fresh(2))).stale()).isFalse();
    }

    private static RouteView route(String id) {
        return new RouteView(id, id, "operational", null, 0, List.of());
    }

    private static DatedEvent dated(String id, long day) {
        return new DatedEvent(day, new CorroboratedEvent(id, "stance", "2024-01-01", false, 0.9, "e", Map.of(), 1,
                List.of(), List.of()));
    }

    private static ArticleView.ArticleEvent articleEvent(String id, int start) {
        return new ArticleView.ArticleEvent(id, "stance", "evidence", start, start + 8, "summary");
    }
}
