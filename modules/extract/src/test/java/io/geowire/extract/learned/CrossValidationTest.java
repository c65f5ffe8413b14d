package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.geowire.extract.internal.Engine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    @Test
    void shouldPutEverySentenceOfAnArticleInOneFoldWhenFoldsAreAssigned() {
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < 60; a++) {
            for (int s = 0; s < 1 + a % 4; s++) {
                articles.add(CrossValidation.articleKey(java.nio.file.Path.of("corpus"), "a" + a + ".txt"));
            }
        }
        int[] folds = CrossValidation.folds(articles, 5);
        Map<String, Integer> foldOfArticle = new HashMap<>();
        int[] perFold = new int[5];
        for (int i = 0; i < folds.length; i++) {
            assertThat(folds[i]).isBetween(0, 4);
            Integer before = foldOfArticle.putIfAbsent(articles.get(i), folds[i]);
            assertThat(before == null || before == folds[i]).as(articles.get(i)).isTrue();
            if (before == null) {
                perFold[folds[i]]++;
            }
        }
        assertThat(java.util.Arrays.stream(perFold).min().getAsInt()).isGreaterThan(3);
        assertThat(CrossValidation.folds(articles, 5)).isEqualTo(folds);
    }

    @Test
    void shouldKeepLabelledSentenceRowsOutOfEveryFoldWhenTheyHaveNoArticle() {
        int[] folds = CrossValidation.folds(java.util.Arrays.asList(null, "corpus/a.txt", null), 3);
        assertThat(folds[0]).isEqualTo(-1);
        assertThat(folds[2]).isEqualTo(-1);
        assertThat(folds[1]).isBetween(0, 2);
    }

    @Test
    void shouldComputeAveragePrecisionOverTheGoldSentencesWhenRankedByScore() {
        // ranks: gold (1/1), not, gold (2/3), not
        assertThat(CrossValidation.averagePrecision(new double[] {0.9, 0.8, 0.7, 0.1},
                new boolean[] {true, false, true, false})).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
        // a tie of a gold and a non-gold sentence counts as ranked together, in either order
        assertThat(CrossValidation.averagePrecision(new double[] {0.5, 0.5}, new boolean[] {true, false}))
                .isCloseTo(0.5, within(1e-12));
        assertThat(CrossValidation.averagePrecision(new double[] {0.5, 0.5}, new boolean[] {false, true}))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void shouldCountRulesOrClassifierAndTheRuleMissesWhenFiguresAreComputed() {
        // {log-odds, p, rule fired, gold}
        List<double[]> rows = List.of(
                new double[] {2, 0.9, 0, 1},   // classifier finds it
                new double[] {-1, 0.2, 1, 1},  // the rules find it
                new double[] {1, 0.6, 0, 0},   // classifier's false positive
                new double[] {-2, 0.1, 0, 1},  // missed by both
                new double[] {-3, 0.05, 0, 0});
        CrossValidation.SentenceFigures f = CrossValidation.sentenceFigures(rows, 0.5);
        assertThat(f.gold()).isEqualTo(3);
        assertThat(f.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(f.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(f.f1()).isCloseTo(2.0 / 3, within(1e-12));
        // of the two gold sentences the rules missed, the classifier found one
        assertThat(f.ruleMissedRecall()).isCloseTo(0.5, within(1e-12));
        double loss = -(Math.log(0.9) + Math.log(0.2) + Math.log(0.4) + Math.log(0.1) + Math.log(0.95)) / 5;
        assertThat(f.logLoss()).isCloseTo(loss, within(1e-12));
        // at 0.1 every gold sentence is found and one false positive more: 3 of 4 predicted
        assertThat(f.bestF1()).isCloseTo(2.0 * 3 / (4 + 3), within(1e-12));
        assertThat(f.bestThreshold()).isCloseTo(0.1, within(1e-9));
        assertThat(f.averagePrecision()).isCloseTo((1 + 2.0 / 3 + 3.0 / 4) / 3, within(1e-12));
    }

    @Test
    void shouldMeasureCalibrationErrorPerBinWhenProbabilitiesAreOff() {
        // bin 0.9-1.0: mean p 0.9, observed 0.5 -> 0.4 x 2 / 4; bin 0.1-0.2: 0.1 against 0 -> 0.1 x 2 / 4
        assertThat(CrossValidation.ece(new double[] {0.9, 0.9, 0.1, 0.1}, new boolean[] {true, false, false, false}))
                .isCloseTo(0.25, within(1e-12));
    }

    /** Route sentences in articles of three sentences each, and labelled rows with no article. */
    private static List<LabelledSentence> sentences(int articles, List<String> articleOf) {
        List<LabelledSentence> out = new ArrayList<>();
        double[] flags = new double[Engine.FLAGS.size()];
        for (int a = 0; a < articles; a++) {
            for (int s = 0; s < 3; s++) {
                boolean event = s != 2;
                out.add(new LabelledSentence("Pipeline " + a + " " + (event ? "halted" : "was discussed") + " today.",
                        flags, event ? Set.of("route_disruption") : Set.of(),
                        event ? Map.of("route_disruption", "disrupted") : Map.of(), "asserted", Set.of(),
                        "a" + a + ".txt#" + s));
                articleOf.add("corpus/a" + a + ".txt");
            }
        }
        for (int r = 0; r < 4; r++) {
            out.add(new LabelledSentence("The route " + r + " halted.", flags, Set.of("route_disruption"),
                    Map.of("route_disruption", "disrupted"), "asserted", Set.of(), "x.tsv:" + r));
            articleOf.add(null);
        }
        return out;
    }

    private static SentenceEncoder haltedEncoder() {
        return new NamedEncoder("halted", 2) {
            @Override
            public float[][] encode(List<String> texts) {
                float[][] out = new float[texts.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new float[] {texts.get(i).contains("halted") ? 1 : 0, texts.get(i).length() % 5 / 5f};
                }
                return out;
            }
        };
    }

    @Test
    void shouldHoldOutEveryArticleSentenceOnceAndFindTheSeparableOnesWhenCrossValidated() {
        List<String> articleOf = new ArrayList<>();
        List<LabelledSentence> train = sentences(30, articleOf);
        List<LabelledSentence> dev = sentences(6, new ArrayList<>());
        LinearHead.Settings s = new LinearHead.Settings(0.01, 100, 0.05);
        SentenceModel model = new Trainer(haltedEncoder(), s, null).train(train, dev);
        String report = new CrossValidation(haltedEncoder(), s, null, null, TrainingData::readRaw)
                .run(3, train, articleOf, null, dev, List.of(), List.of(), model);
        assertThat(report).contains("3 folds over 30 train articles (90 sentences held out in turn; 4 "
                + "labelled-sentence rows always trained on)");
        // the route sentences are separable by the vector: out of fold they are all ranked first
        assertThat(report).containsPattern("route_disruption\\s+60\\s+1\\.000");
    }

    @Test
    void shouldKeepOneOutOfFoldRowPerHeldOutArticleSentenceWhenCrossValidated() {
        List<String> articleOf = new ArrayList<>();
        List<LabelledSentence> train = sentences(30, articleOf);
        List<LabelledSentence> dev = sentences(6, new ArrayList<>());
        LinearHead.Settings s = new LinearHead.Settings(0.01, 100, 0.05);
        SentenceModel model = new Trainer(haltedEncoder(), s, null).train(train, dev);
        CrossValidation cv = new CrossValidation(haltedEncoder(), s, null, null, TrainingData::readRaw);
        cv.run(3, train, articleOf, null, dev, List.of(), List.of(), model);

        // the four labelled-sentence rows have no article: never held out, so no row
        assertThat(cv.oofRows()).hasSize(90);
        CrossValidation.OofRow halted = cv.oofRows().stream().filter(r -> r.origin().equals("a7.txt#0"))
                .findFirst().orElseThrow();
        CrossValidation.OofRow talk = cv.oofRows().stream().filter(r -> r.origin().equals("a7.txt#2"))
                .findFirst().orElseThrow();
        assertThat(halted.article()).isEqualTo("corpus/a7.txt");
        assertThat(halted.gold()).containsExactly("route_disruption");
        assertThat(talk.gold()).isEmpty();
        assertThat(halted.probability()).containsOnlyKeys(SentenceModel.TYPES);
        assertThat(halted.probability().get("route_disruption"))
                .isGreaterThan(talk.probability().get("route_disruption"));
    }

    @Test
    void shouldWriteOneTabSeparatedLinePerSentenceSortedByArticleAndIndexWhenAskedForTheOofTable() {
        Map<String, Double> p = Map.of("stance", 0.0125, "route_disruption", 0.9, "sanction_statement", 0.5);
        List<CrossValidation.OofRow> rows = List.of(
                new CrossValidation.OofRow("c/b.txt", "b.txt#10", "Later\tline\nbreak.", Set.of(), Set.of(), p),
                new CrossValidation.OofRow("c/b.txt", "b.txt#2", "Second.", Set.of("sanction_statement", "stance"),
                        Set.of("stance"), p),
                new CrossValidation.OofRow("c/a.txt", "a.txt#5", "First.", Set.of(), Set.of(), p));

        String[] lines = CrossValidation.oofTsv(rows).split("\n");

        assertThat(lines).containsExactly(
                "article\torigin\tgold\trules\tp_stance\tp_route_disruption\tp_sanction_statement\tsentence",
                "c/a.txt\ta.txt#5\t-\t-\t0.013\t0.900\t0.500\tFirst.",
                "c/b.txt\tb.txt#2\tstance,sanction_statement\tstance\t0.013\t0.900\t0.500\tSecond.",
                "c/b.txt\tb.txt#10\t-\t-\t0.013\t0.900\t0.500\tLater line break.");
    }

    @Test
    void shouldPickTheThresholdOfTrainAndDevCountsTogetherWhenPooled() {
        int n = CrossValidation.SCAN.length;
        int[][] train = new int[n][];
        int[][] dev = new int[n][];
        for (int s = 0; s < n; s++) {
            // train: 100 gold, best around 0.45 (index 5); dev: 10 gold, best at 0.20 (index 0)
            train[s] = new int[] {60 - 4 * Math.abs(s - 5), 120, 100};
            dev[s] = new int[] {6 - s / 2, 12, 10};
        }
        assertThat(CrossValidation.pooledPick(train, dev)).isEqualTo(0.45f);
        assertThat(CrossValidation.pooledPick(dev, dev)).isEqualTo(0.20f);
    }
}
