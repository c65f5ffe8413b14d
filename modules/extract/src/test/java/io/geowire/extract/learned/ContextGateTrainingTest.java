package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.internal.ContextGate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fitting the context gate (issue 11, xctx2) on labelled context-filled stances: synthetic cases, no text. */
class ContextGateTrainingTest {

    /** Forty articles with one case each: a first-person case is wrong, any other right. */
    private static List<ContextGateTraining.Case> firstPersonWrong(int rightEvery) {
        List<ContextGateTraining.Case> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double[] x = new double[ContextGate.FEATURES.size()];
            x[0] = 1;
            boolean firstPerson = i % rightEvery != 0;
            x[ContextGate.FEATURES.indexOf("first_person")] = firstPerson ? 1 : 0;
            cases.add(new ContextGateTraining.Case("a" + i + ".txt", x, !firstPerson));
        }
        return cases;
    }

    @Test
    void shouldWeighAFeatureDownWhenItsCasesAreWrong() {
        double[] w = ContextGateTraining.weights(firstPersonWrong(2));
        assertThat(w[ContextGate.FEATURES.indexOf("first_person")]).isLessThan(-1);
        // a feature no case has keeps no weight
        assertThat(w[ContextGate.FEATURES.indexOf("in_quote")]).isZero();
    }

    @Test
    void shouldChooseAThresholdThatDropsTheWrongCasesWhenTheyCostMoreThanTheRightOnesBring() {
        // 10 right, 30 wrong cases; the rest of the run: 50 right of 100 predicted, 150 gold (F1 0.4)
        ContextGateTraining.Result r = ContextGateTraining.fit(firstPersonWrong(4), 60, 140, 150, 5);
        assertThat(r.threshold()).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(r.weightsTsv()).contains("threshold\t").contains("first_person\t");
    }

    @Test
    void shouldKeepEveryCaseWhenAllOfThemAreRight() {
        List<ContextGateTraining.Case> cases = new ArrayList<>();
        for (ContextGateTraining.Case c : firstPersonWrong(1)) {
            cases.add(new ContextGateTraining.Case(c.article(), c.x(), true));
        }
        assertThat(ContextGateTraining.fit(cases, 90, 140, 150, 5).threshold()).isZero();
    }
}
