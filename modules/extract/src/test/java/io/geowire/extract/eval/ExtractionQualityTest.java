package io.geowire.extract.eval;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The quality bar on the seed corpus: micro F1 >= 0.75 and no event type below F1 0.6 (raw files, as stored). */
class ExtractionQualityTest {

    @Test
    void shouldReachQualityBarWhenExtractingSeedCorpus() {
        Path shared = SharedData.dir();
        assumeTrue(shared != null, "../shared (corpus and gold) is absent: quality test skipped");

        EvaluationReport report = new Evaluator().evaluateCorpus(shared.resolve("gold"), shared.resolve("corpus"),
                EventExtractor.createDefault());
        System.out.println(report.format());

        assertThat(report.micro().f1()).as("micro F1\n" + report.format()).isGreaterThanOrEqualTo(0.75);
        report.perType().forEach((type, scores) ->
                assertThat(scores.f1()).as("F1 of " + type).isGreaterThanOrEqualTo(0.6));
    }
}
