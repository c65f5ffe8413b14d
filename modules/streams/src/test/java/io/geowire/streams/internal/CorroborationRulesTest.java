package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.ClusterMember;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorroborationRulesTest {

    private final CorroborationRules rules = new CorroborationRules(3, 0.2, 0.5);

    private static ClusterMember member(String article, String date, String published, String evidence) {
        return new ClusterMember("e-" + article, article, article + ".txt", null, date, published, false, 0.8,
                evidence, 0L, Map.of());
    }

    @Test
    void shouldMatchWithLittleOverlapWhenBothDatesAreWithinTheGap() {
        ClusterMember a = member("a1", "2022-06-17", null, "Tokens pipeline forum republics recognition");
        ClusterMember b = member("a2", "2022-06-18", null, "At the forum he spoke of many other things");
        assertThat(rules.score(a, b, Similarity.words(b.getEvidence()))).isGreaterThanOrEqualTo(0.2);
    }

    @Test
    void shouldNotMatchWhenDatesAreFurtherApartThanTheGap() {
        ClusterMember a = member("a1", "2022-06-10", null, "identical words here");
        ClusterMember b = member("a2", "2022-06-17", null, "identical words here");
        assertThat(rules.score(a, b, Similarity.words(b.getEvidence()))).isNegative();
    }

    @Test
    void shouldTreatAMonthAsAnyOfItsDaysWhenComparingDates() {
        ClusterMember a = member("a1", "2022-05", null, "identical words here");
        ClusterMember b = member("a2", "2022-05-28", null, "identical words here");
        assertThat(CorroborationRules.gapDays(a, b)).isZero();
    }

    @Test
    void shouldNeedHighOverlapWhenAnEventIsUndated() {
        ClusterMember a = member("a1", null, "2022-09-01", "Astana refused to recognise the breakaway republics");
        ClusterMember similar = member("a2", "2022-06-17", null, "Astana refused to recognise the republics");
        ClusterMember loose = member("a3", "2022-06-17", null, "Astana criticised the breakaway plan loudly today");
        assertThat(rules.score(a, similar, Similarity.words(similar.getEvidence()))).isGreaterThanOrEqualTo(0.5);
        assertThat(rules.score(a, loose, Similarity.words(loose.getEvidence()))).isNegative();
    }

    @Test
    void shouldNotMatchAnUndatedEventPublishedBeforeTheOtherEventsDate() {
        ClusterMember early = member("a1", null, "2022-03-01", "identical words here");
        ClusterMember later = member("a2", "2022-06-17", null, "identical words here");
        assertThat(rules.score(early, later, Similarity.words(later.getEvidence()))).isNegative();
    }
}
