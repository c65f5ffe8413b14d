package io.geowire.tune;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ApTest {
    @Test
    void shouldBeOneWhenEveryPositiveRanksAboveEveryNegative() {
        assertThat(Ap.of(new double[] {0.1, 0.9, 0.8, 0.2}, new boolean[] {false, true, true, false})).isEqualTo(1.0);
    }

    @Test
    void shouldAverageThePrecisionAtEachPositiveWhenNegativesAreInterleaved() {
        // ranks: 0.9 (yes) 0.8 (no) 0.7 (yes): (1/1 + 2/3) / 2
        double ap = Ap.of(new double[] {0.7, 0.8, 0.9}, new boolean[] {true, false, true});

        assertThat(ap).isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void shouldBreakTiesByPositionWhenScoresAreEqual() {
        assertThat(Ap.of(new double[] {0.5, 0.5}, new boolean[] {false, true})).isEqualTo(0.5);
    }
}
