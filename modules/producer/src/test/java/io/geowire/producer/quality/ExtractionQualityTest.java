package io.geowire.producer.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.producer.CorpusEvaluation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quality bar on the seed corpus: micro F1 >= 0.75 and no event type below F1 0.6, measured through ingestion
 * and extraction as {@code ./geowire evaluate} measures it.
 */
class ExtractionQualityTest {

    @Test
    void shouldReachQualityBarWhenExtractingSeedCorpus() {
        Path shared = QualityCorpora.shared();
        assumeTrue(shared != null, "../shared (corpus and gold) is absent: quality test skipped");

        EvaluationReport report = CorpusEvaluation.evaluate(shared.resolve("gold"), shared.resolve("corpus"),
                EventExtractor.createDefault(), QualityCorpora::failSkipped);
        System.out.println(report.format());

        assertThat(report.micro().f1()).as("micro F1\n" + report.format()).isGreaterThanOrEqualTo(0.75);
        report.perType().forEach((type, scores) ->
                assertThat(scores.f1()).as("F1 of " + type).isGreaterThanOrEqualTo(0.6));
    }
}
