package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The choice of a threshold from the dev F1 curve. */
class EventThresholdsTest {

    @Test
    void shouldPickAPlateauOverALoneSpikeWhenTheCurveIsNoisy() {
        double[] f1 = {0.30, 0.52, 0.30, 0.44, 0.46, 0.45, 0.20};
        assertThat(EventThresholds.smoothedBest(f1)).isEqualTo(4);
    }

    @Test
    void shouldPickTheMiddleOfAFlatStretchWhenSeveralScoreAlike() {
        double[] f1 = {0.55, 0.55, 0.55, 0.55, 0.51, 0.51, 0.26};
        assertThat(EventThresholds.smoothedBest(f1)).isEqualTo(1);
    }
}
