package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed model loads from the classpath and, with the bundled encoder, tells event sentences from others. */
class BundledModelTest {

    private static double probability(SentenceModel m, String type, String sentence, double[] flags) {
        // the encoder the model names (MiniLM, or MiniLM + e5 after a retrain with train --encoder)
        float[] v = Encoders.named(m.encoder()).encode(List.of(sentence))[0];
        return m.probability(type, m.predict(v, flags, sentence).logOdds().get(type), false);
    }

    @Test
    void shouldLoadFromTheClasspathForTheBundledEncoder() {
        SentenceModel m = SentenceModel.bundled();
        assertThat(m).isNotNull();
        assertThat(m.encoder()).isIn(MiniLmEncoder.NAME, MiniLmE5Encoder.NAME);
        assertThat(m.data().mean).hasSize(Encoders.dimension(m.encoder()) + m.flags().size());
        assertThat(m.flags()).hasSize(4);
    }

    @Test
    void shouldScoreAPipelineHaltAboveAndBoilerplateBelowTheThreshold() {
        SentenceModel m = SentenceModel.bundled();
        double[] route = {0, 0, 1, 0};
        double[] none = {0, 0, 0, 0};
        assertThat(probability(m, "route_disruption",
                "Oil deliveries through the pipeline were halted on Tuesday after a pumping station was damaged.",
                route)).isGreaterThan(m.threshold("route_disruption"));
        assertThat(probability(m, "route_disruption", "Subscribe to our newsletter for the latest headlines.", none))
                .isLessThan(m.threshold("route_disruption"));
        assertThat(probability(m, "sanction_statement", "Share this article on social media.", none))
                .isLessThan(m.threshold("sanction_statement"));
    }

    @Test
    void shouldMoveAStanceProbabilityByTheSentencesWordsWhenTheBundledModelHasThem() {
        SentenceModel m = SentenceModel.bundled();
        assertThat(m.data().lexical).as("the bundled model reads words (format 2)").isNotNull();
        SentenceModel.Data blindData = SentenceModel.bundled().data();
        blindData.lexical = null;
        SentenceModel blind = new SentenceModel(blindData);
        double[] parties = {0, 1, 0, 0};
        String sentence = "Lithuania expelled three Russian diplomats on Monday.";
        assertThat(probability(m, "stance", sentence, parties))
                .isNotCloseTo(probability(blind, "stance", sentence, parties), org.assertj.core.data.Offset.offset(0.01));
    }
}
