package io.geowire.extract.eval;

import io.geowire.extract.EventExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression guard on the module's own dev set (articles written for this purpose, other states, routes and styles
 * than the seed corpus): micro F1 must stay within 0.05 of the figure reached when the set was last tuned on.
 */
class DevSetQualityTest {
    /** Dev-set micro F1 at the end of the generalisation round (see docs/extraction.md). */
    static final double TUNED_MICRO_F1 = 0.879;

    @Test
    void shouldStayNearTunedFigureWhenExtractingDevSet() {
        EvaluationReport report = new Evaluator().evaluateCorpus(OwnCorpora.gold(OwnCorpora.DEV),
                OwnCorpora.corpus(OwnCorpora.DEV), EventExtractor.createDefault());
        System.out.println("dev set\n" + report.format());

        assertThat(report.micro().f1()).as("dev-set micro F1\n" + report.format())
                .isGreaterThanOrEqualTo(TUNED_MICRO_F1 - 0.05);
    }
}
