package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.StanceTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanceMathTest {

    private final StanceMath math = new StanceMath(30, 7, 10);

    @Test
    void shouldPlaceADayInEveryWindowThatContainsIt() {
        long day = LocalDate.parse("2022-03-01").toEpochDay();
        List<Long> starts = math.windowsContaining(day);
        assertThat(starts).hasSizeBetween(4, 5).isSorted()
                .allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(day).isGreaterThan(day - 30))
                .allSatisfy(s -> assertThat(s % 7).isZero());
    }

    @Test
    void shouldCloseAWindowWhenStreamTimeReachesEndPlusGrace() {
        long start = 19_000;
        long closesAt = (start + 30 + 10) * EventDates.MILLIS_PER_DAY;
        assertThat(math.isOpen(start, closesAt - 1)).isTrue();
        assertThat(math.isOpen(start, closesAt)).isFalse();
    }

    @Test
    void shouldWeighHedgedEventsHalfAndMoreSourcesMore() {
        CorroboratedCluster one = cluster(0.8, false, 1);
        assertThat(StanceMath.weight(one)).isCloseTo(0.8, within(1e-12));
        assertThat(StanceMath.weight(cluster(0.8, true, 1))).isCloseTo(0.4, within(1e-12));
        assertThat(StanceMath.weight(cluster(0.8, false, 3))).isCloseTo(0.8 * (1 + Math.log(3)), within(1e-12));
    }

    @Test
    void shouldReturnToZeroExactlyWhenTheLastContributionIsRemoved() {
        StanceTotals t = StanceMath.zero();
        StanceMath.apply(t, "distancing", 0.7, +1);
        StanceMath.apply(t, "aligning", 0.3, +1);
        assertThat(StanceMath.score(t)).isCloseTo(-0.4, within(1e-12));
        StanceMath.apply(t, "distancing", 0.7, -1);
        StanceMath.apply(t, "aligning", 0.3, -1);
        assertThat(t).isEqualTo(StanceMath.zero());
        assertThat(StanceMath.score(t)).isZero();
    }

    private static CorroboratedCluster cluster(double confidence, boolean hedged, int sources) {
        return CorroboratedCluster.newBuilder().setId("c").setKey("k").setType("stance").setEntity("A->B")
                .setFields(Map.of()).setEventDay(0).setHedged(hedged).setConfidence(confidence).setEvidence("x")
                .setSources(sources).setArticles(List.of()).setMembers(List.of()).build();
    }
}
