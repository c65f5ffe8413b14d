package io.geowire.producer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.producer.CorpusEvaluation;
import org.junit.jupiter.api.Test;

/**
 * Regression guards on the extract module's own sets (articles written for this purpose, other states, routes and
 * styles than the seed corpus), measured through ingestion and extraction as {@code ./geowire evaluate} measures
 * them: micro F1 must stay within 0.05 of the figure reached when the dev set was last tuned on, and the holdout
 * sets within 0.05 of their measured figures.
 */
class DevSetQualityTest {
    /** Dev-set micro F1 at the end of the generalisation round (see docs/extraction.md). */
    static final double TUNED_MICRO_F1 = 0.879;
    /**
     * Holdout micro F1 after the cross-sentence round (0.621 before it); the round fixed the miss categories this set
     * showed, so it is no longer unseen text (see docs/extraction.md).
     */
    static final double HOLDOUT_MICRO_F1 = 0.831;
    /** Second holdout micro F1 (0.415 before the round), written before the round and never tuned on. */
    static final double HOLDOUT2_MICRO_F1 = 0.667;

    private static final EventExtractor EXTRACTOR = EventExtractor.createDefault();

    @Test
    void shouldStayNearTunedFigureWhenExtractingDevSet() {
        assertNear(QualityCorpora.DEV, TUNED_MICRO_F1);
    }

    @Test
    void shouldStayNearMeasuredFigureWhenExtractingHoldout() {
        assertNear(QualityCorpora.HOLDOUT, HOLDOUT_MICRO_F1);
    }

    @Test
    void shouldStayNearMeasuredFigureWhenExtractingHoldout2() {
        assertNear(QualityCorpora.HOLDOUT2, HOLDOUT2_MICRO_F1);
    }

    private static void assertNear(String set, double measured) {
        EvaluationReport report = CorpusEvaluation.evaluate(QualityCorpora.gold(set), QualityCorpora.corpus(set),
                EXTRACTOR, QualityCorpora::failSkipped);
        System.out.println(set + "\n" + report.format());

        assertThat(report.micro().f1()).as(set + " micro F1\n" + report.format())
                .isGreaterThanOrEqualTo(measured - 0.05);
    }
}
