package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fitting and applying the actor/target ranker on hand-made candidate sets. */
class FieldRankerTest {

    private static FieldRanker.Candidate candidate(String id, String... features) {
        double[] x = new double[FieldRanker.FEATURES.size()];
        for (String f : features) {
            x[FieldRanker.FEATURES.indexOf(f)] = 1;
        }
        return new FieldRanker.Candidate(id, x);
    }

    /** Cases where the gold actor is the subject, never the first named party nor the focus state. */
    private static List<FieldRanker.Example> subjectCases() {
        List<FieldRanker.Example> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new FieldRanker.Example("stance_actor", List.of(
                    candidate("A" + i, "in_sentence", "first_named", "modifier"),
                    candidate("B" + i, "in_sentence", "subject"),
                    candidate("C" + i, "focus")), Set.of("B" + i)));
        }
        return out;
    }

    @Test
    void shouldPreferTheSubjectOverTheFirstNamedPartyWhenTheGoldSaysSo() {
        FieldRanker ranker = new FieldRanker(FieldRanker.fit(subjectCases()));
        String best = ranker.best("stance_actor", List.of(
                candidate("RUS", "in_sentence", "first_named", "modifier"),
                candidate("KAZ", "in_sentence", "subject"),
                candidate("CHN", "focus")));
        assertThat(best).isEqualTo("KAZ");
        assertThat(ranker.trained("stance_actor")).isTrue();
        assertThat(ranker.trained("stance_target")).isFalse();
    }

    @Test
    void shouldFitTheSameWeightsWhenGivenTheSameCasesTwice() {
        Map<String, double[]> a = FieldRanker.fit(subjectCases());
        Map<String, double[]> b = FieldRanker.fit(subjectCases());
        assertThat(FieldRanker.toTsv(a, "")).isEqualTo(FieldRanker.toTsv(b, ""));
    }

    @Test
    void shouldReturnNoPartyWhenThereIsNoCandidate() {
        FieldRanker ranker = new FieldRanker(FieldRanker.fit(subjectCases()));
        assertThat(ranker.best("stance_actor", List.of())).isNull();
    }

    @Test
    void shouldFailNamingTheRowWhenTheWeightsFileNamesAnUnknownFeature(@org.junit.jupiter.api.io.TempDir
                                                                         java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("fields.tsv"), "stance_actor\tloudness\t1.0\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FieldRanker.load(new DataFiles(dir)))
                .hasMessageContaining("loudness");
    }

    private static Map<String, double[]> weights(String role, String... featureWeights) {
        Map<String, double[]> w = new java.util.LinkedHashMap<>();
        for (String r : FieldRanker.ROLES) {
            w.put(r, new double[FieldRanker.FEATURES.size()]);
        }
        for (int i = 0; i < featureWeights.length; i += 2) {
            w.get(role)[FieldRanker.FEATURES.indexOf(featureWeights[i])] = Double.parseDouble(featureWeights[i + 1]);
        }
        return w;
    }

    @Test
    void shouldChooseThePairWhoseTargetIsClearWhenTheActorScoresAreClose() {
        // the actor weights barely prefer the first named party; the target weights strongly prefer the party after
        // "with": taking it as actor would leave two equally weak targets
        Map<String, double[]> w = weights("stance_actor", "subject", "1.0", "first_named", "0.2");
        w.get("stance_target")[FieldRanker.FEATURES.indexOf("after_with")] = 3.0;
        FieldRanker ranker = new FieldRanker(w);
        List<FieldRanker.Candidate> all = List.of(candidate("AZE", "subject"),
                candidate("HUN", "subject", "first_named", "after_with"), candidate("CHN", "focus"));
        List<FieldRanker.Candidate> actors = all.subList(0, 2);
        java.util.function.Function<String, List<FieldRanker.Candidate>> targetsOf =
                a -> all.stream().filter(c -> !c.id().equals(a)).toList();
        assertThat(ranker.best("stance_actor", actors)).isEqualTo("HUN");
        assertThat(ranker.bestPair(actors, targetsOf)).isEqualTo(new FieldRanker.Pair("AZE", "HUN"));
    }

    @Test
    void shouldGiveNoPairWhenNoActorHasATarget() {
        FieldRanker ranker = new FieldRanker(weights("stance_actor", "subject", "1.0"));
        assertThat(ranker.bestPair(List.of(candidate("AZE", "subject")), a -> List.of())).isNull();
    }

    @Test
    void shouldLoadAWeightsFileFittedBeforeTheRoleFeaturesWithThemWeighingZero(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("fields.tsv"),
                "stance_actor\tsubject\t1.0\nstance_actor\tfirst_named\t0.5\n");
        FieldRanker ranker = FieldRanker.load(new DataFiles(dir));
        assertThat(ranker.trained("stance_actor")).isTrue();
        // "object" and "after_with" have no row: they must not outweigh the subject
        assertThat(ranker.best("stance_actor", List.of(candidate("UKR", "object", "after_with", "passive_subject"),
                candidate("RUS", "subject")))).isEqualTo("RUS");
    }
}
