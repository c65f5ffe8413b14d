package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.ExtractionTrace;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.internal.ContextGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static ExtractedEvent stance(String evidence, int start, String actor, String target) {
        return new ExtractedEvent("id", "stance", "a.txt", null, false, evidence, start, start + evidence.length(), 0.3,
                actor, target, "distancing", null, null, null, null, null, null, null, null, "v");
    }

    @Test
    void shouldLabelAContextFilledStanceWrongWhenTheReportListsItAsSpurious() {
        String first = "Moldova rejected the offer.";
        String second = "We will not sign it.";
        String text = first + " " + second;
        int at = first.length() + 1;
        ExtractionTrace.Step filled = new ExtractionTrace.Step("stance", List.of("MDA", "RUS", "distancing"),
                "emitted", Map.of("bias", 1.0, "actor_voice", 1.0));
        ExtractionTrace.Step named = new ExtractionTrace.Step("stance", List.of("MDA", "RUS", "distancing"),
                "emitted");
        ExtractionTrace trace = new ExtractionTrace("a.txt", text, List.of(
                new ExtractionTrace.SentenceTrace(0, first.length(), true, true, Map.of(), Map.of(), List.of(),
                        List.of(), List.of(named)),
                new ExtractionTrace.SentenceTrace(at, text.length(), true, true, Map.of(), Map.of(), List.of(),
                        List.of(), List.of(filled))),
                List.of(stance(first, 0, "MDA", "RUS"), stance(second, at, "MDA", "RUS")));
        EvaluationReport.Scores none = new EvaluationReport.Scores(0, 0, 0, 0, 0, 0);
        EvaluationReport wrong = new EvaluationReport(Map.of(), none, none, null, List.of(),
                List.of(new EvaluationReport.Miss("a.txt", "stance", List.of("MDA", "RUS", "distancing"), second)));
        EvaluationReport right = new EvaluationReport(Map.of(), none, none, null, List.of(),
                List.of(new EvaluationReport.Miss("a.txt", "stance", List.of("MDA", "RUS", "distancing"), first)));

        // only the step with context features is a case; it is wrong when its own evidence is the spurious one
        assertThat(ContextGateTraining.cases("c", List.of(trace), wrong)).singleElement()
                .satisfies(c -> assertThat(c.right()).isFalse())
                .satisfies(c -> assertThat(c.article()).isEqualTo("c/a.txt"))
                .satisfies(c -> assertThat(c.x()[ContextGate.FEATURES.indexOf("actor_voice")]).isEqualTo(1.0));
        assertThat(ContextGateTraining.cases("c", List.of(trace), right)).singleElement()
                .satisfies(c -> assertThat(c.right()).isTrue());
    }

    @Test
    void shouldWriteOneRowPerCaseWithEveryFeatureWhenCasesAreExported() {
        String tsv = ContextGateTraining.casesTsv(firstPersonWrong(2).subList(0, 2));
        String[] lines = tsv.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0].split("\t")).hasSize(2 + ContextGate.FEATURES.size()).startsWith("article", "right");
        // a0 is right (not first person), a1 wrong
        assertThat(lines[1]).startsWith("a0.txt\t1\t1.0000");
        assertThat(lines[2]).startsWith("a1.txt\t0\t");
    }
}
