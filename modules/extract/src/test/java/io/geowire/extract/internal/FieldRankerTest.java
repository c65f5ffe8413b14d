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
}
