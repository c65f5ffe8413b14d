package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.extract.internal.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** Sentences whose vector says whether they carry a route event: "route" texts point one way, others another. */
    private static SentenceEncoder wordEncoder() {
        return new NamedEncoder("words", 3) {
            @Override
            public float[][] encode(List<String> sentences) {
                float[][] out = new float[sentences.size()][];
                for (int i = 0; i < out.length; i++) {
                    String s = sentences.get(i);
                    out[i] = new float[] {s.contains("halted") ? 1 : 0, s.contains("resumed") ? 1 : 0,
                        s.length() % 7 / 7f};
                }
                return out;
            }
        };
    }

    private static List<LabelledSentence> data(int n) {
        List<LabelledSentence> out = new ArrayList<>();
        double[] flags = new double[Engine.FLAGS.size()];
        for (int i = 0; i < n; i++) {
            String verb = i % 3 == 0 ? "halted" : i % 3 == 1 ? "resumed" : "was discussed";
            boolean event = i % 3 != 2;
            out.add(new LabelledSentence("Pipeline " + i + " " + verb + " today.", flags,
                    event ? Set.of("route_disruption") : Set.of(),
                    event ? Map.of("route_disruption", i % 3 == 0 ? "disrupted" : "restored") : Map.of(),
                    "asserted", Set.of(), "t" + i));
        }
        return out;
    }

    private static SentenceModel train() {
        return new Trainer(wordEncoder(), new LinearHead.Settings(0.01, 200, 0.05)).train(data(60), data(30));
    }

    @Test
    void shouldWriteByteIdenticalModelsWhenTrainedTwiceOnTheSameData() {
        assertThat(train().toJson()).isEqualTo(train().toJson());
    }

    @Test
    void shouldReadBackTheModelItWrote() {
        SentenceModel m = train();
        assertThat(SentenceModel.read(m.toJson()).toJson()).isEqualTo(m.toJson());
    }

    @Test
    void shouldSeparateEventSentencesAndLabelThemWhenTheDataIsSeparable() {
        SentenceModel m = train();
        double[] flags = new double[Engine.FLAGS.size()];
        float[][] v = wordEncoder().encode(List.of("Pipeline 99 halted today.", "Pipeline 99 was discussed today."));
        SentenceModel.Prediction halted = m.predict(v[0], flags, "Pipeline 99 halted today.");
        SentenceModel.Prediction talk = m.predict(v[1], flags, "Pipeline 99 was discussed today.");
        assertThat(m.probability("route_disruption", halted.logOdds().get("route_disruption"), false))
                .isGreaterThan(m.threshold("route_disruption"));
        assertThat(m.probability("route_disruption", talk.logOdds().get("route_disruption"), false))
                .isLessThan(m.threshold("route_disruption"));
        assertThat(halted.labels().get("route_disruption")).isEqualTo("disrupted");
    }

    /** Every sentence the same vector: only the words can tell them apart. */
    private static SentenceEncoder blindEncoder() {
        return new NamedEncoder("blind", 2) {
            @Override
            public float[][] encode(List<String> sentences) {
                float[][] out = new float[sentences.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new float[] {1, 0};
                }
                return out;
            }
        };
    }

    /** Stance statements and on-topic background about the same states, worded differently. */
    private static List<LabelledSentence> stanceAndBackground(int n) {
        String[] states = {"Lithuania", "Estonia", "Latvia", "Georgia", "Armenia"};
        List<LabelledSentence> out = new ArrayList<>();
        double[] flags = new double[Engine.FLAGS.size()];
        for (int i = 0; i < n; i++) {
            String state = states[i % states.length];
            boolean stance = i % 2 == 0;
            String text = stance ? state + " condemned Russia on day " + i + "."
                    : state + " accounts for " + (10 + i) + "% of the oil exports.";
            out.add(new LabelledSentence(text, flags, stance ? Set.of("stance") : Set.of(),
                    stance ? Map.of("stance", "distancing") : Map.of(), "asserted", Set.of(), "s" + i));
        }
        return out;
    }

    private static double stanceProbability(SentenceModel m, String sentence) {
        double[] flags = new double[Engine.FLAGS.size()];
        float[] v = blindEncoder().encode(List.of(sentence))[0];
        return m.probability("stance", m.predict(v, flags, sentence).logOdds().get("stance"), false);
    }

    @Test
    void shouldTellStanceFromBackgroundByTheirWordsWhenTheVectorsAreTheSame() {
        for (String mode : List.of("stacked", "joint")) {
            SentenceModel m = new Trainer(blindEncoder(), new LinearHead.Settings(0.01, 200, 0.05),
                    new SentenceModel.Lexical(mode, 1024, LexicalFeatures.VERSION))
                    .train(stanceAndBackground(80), stanceAndBackground(40));
            assertThat(stanceProbability(m, "Estonia condemned Russia on Monday."))
                    .as(mode).isGreaterThan(m.threshold("stance"));
            assertThat(stanceProbability(m, "Estonia accounts for 45% of the oil exports."))
                    .as(mode).isLessThan(m.threshold("stance"));
        }
    }

    @Test
    void shouldGiveOneProbabilityToSentencesWithTheSameVectorWhenTrainedWithoutWords() {
        SentenceModel m = new Trainer(blindEncoder(), new LinearHead.Settings(0.01, 200, 0.05), null)
                .train(stanceAndBackground(80), stanceAndBackground(40));
        assertThat(m.data().format).isEqualTo(1);
        assertThat(new String(m.toJson(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("lexical");
        assertThat(stanceProbability(m, "Estonia condemned Russia on Monday."))
                .isEqualTo(stanceProbability(m, "Estonia accounts for 45% of the oil exports."));
    }

    @Test
    void shouldWriteByteIdenticalModelsWhenTrainedTwiceWithWords() {
        for (String mode : List.of("stacked", "joint")) {
            SentenceModel.Lexical lexical = new SentenceModel.Lexical(mode, 512, LexicalFeatures.VERSION);
            LinearHead.Settings s = new LinearHead.Settings(0.01, 100, 0.05);
            assertThat(new Trainer(blindEncoder(), s, lexical).train(stanceAndBackground(40), stanceAndBackground(20))
                    .toJson()).isEqualTo(new Trainer(blindEncoder(), s, lexical)
                    .train(stanceAndBackground(40), stanceAndBackground(20)).toJson());
        }
    }

    @Test
    void shouldRefuseAModelWhenItsFormatOrWordsVersionIsNotOneItReads() {
        String json = new String(new Trainer(blindEncoder(), new LinearHead.Settings(0.01, 50, 0.05),
                new SentenceModel.Lexical("stacked", 64, LexicalFeatures.VERSION))
                .train(stanceAndBackground(20), stanceAndBackground(10)).toJson(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\":2");
        assertThatThrownBy(() -> SentenceModel.read(json.replace("\"format\":2", "\"format\":4")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("format 4").hasMessageContaining("retrain");
        assertThatThrownBy(() -> SentenceModel.read(json.replace("\"version\":", "\"words\":\"lemmas\",\"version\":")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("lemmas").hasMessageContaining("retrain");
        assertThatThrownBy(() -> SentenceModel.read(json.replace("\"version\":" + LexicalFeatures.VERSION,
                "\"version\":" + (LexicalFeatures.VERSION + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("lexical features version");
    }

    /**
     * Stance statements name some states, on-topic background others: a head that reads names learns the states;
     * one that reads the masked words learns the wording, which is what carries over to a state it has not seen
     * in stance statements.
     */
    private static List<LabelledSentence> stanceByOtherStates(int n, boolean masked) {
        String[] speakers = {"Lithuania", "Latvia", "Poland"};
        String[] background = {"Georgia", "Armenia", "Kazakhstan"};
        String[] verbs = {"condemned", "criticised", "denounced"};
        List<LabelledSentence> out = new ArrayList<>();
        double[] flags = new double[Engine.FLAGS.size()];
        for (int i = 0; i < n; i++) {
            boolean stance = i % 2 == 0;
            String state = (stance ? speakers : background)[i / 2 % 3];
            String text = stance ? state + " " + verbs[i / 6 % 3] + " Russia on day " + i + "."
                    : state + " accounts for " + (10 + i) + "% of the oil exports.";
            out.add(new LabelledSentence(text, flags, stance ? Set.of("stance") : Set.of(),
                    stance ? Map.of("stance", "distancing") : Map.of(), "asserted", Set.of(), "p" + i,
                    masked ? new SentenceWords(text, text.replace(state, "Country").replace("Russia", "Country"),
                            Set.of()) : SentenceWords.plain(text)));
        }
        return out;
    }

    @Test
    void shouldScoreStanceWordingHigherForAnUnseenSpeakerWhenTheWordsAreMasked() {
        LinearHead.Settings s = new LinearHead.Settings(0.01, 200, 0.05);
        SentenceModel plain = new Trainer(blindEncoder(), s, new SentenceModel.Lexical("joint", 1024,
                LexicalFeatures.VERSION)).train(stanceByOtherStates(90, false), stanceByOtherStates(30, false));
        SentenceModel masked = new Trainer(blindEncoder(), s, new SentenceModel.Lexical("joint", 1024,
                LexicalFeatures.VERSION, "parties")).train(stanceByOtherStates(90, true), stanceByOtherStates(30, true));
        assertThat(masked.data().format).isEqualTo(3);
        assertThat(new Trainer(blindEncoder(), s, new SentenceModel.Lexical("joint", 1024, LexicalFeatures.VERSION,
                "parties")).train(stanceByOtherStates(90, true), stanceByOtherStates(30, true)).toJson())
                .as("byte-identical on a second training").isEqualTo(masked.toJson());
        assertThat(SentenceModel.read(masked.toJson()).readsParties()).isTrue();
        String unseen = "Georgia condemned Russia on Monday.";
        SentenceWords words = new SentenceWords(unseen, "Country condemned Country on Monday.", Set.of());
        double[] flags = new double[Engine.FLAGS.size()];
        float[] v = blindEncoder().encode(List.of(unseen))[0];
        double pMasked = masked.probability("stance", masked.predict(v, flags, words).logOdds().get("stance"), false);
        double pPlain = plain.probability("stance", plain.predict(v, flags, unseen).logOdds().get("stance"), false);
        assertThat(pMasked).isGreaterThan(masked.threshold("stance")).isGreaterThan(pPlain);
    }

    @Test
    void shouldEncodeTheMaskedSentenceWhenTrainedToReadItMasked() {
        List<String> seen = new ArrayList<>();
        SentenceEncoder recording = new NamedEncoder("recording", 2) {
            @Override
            public float[][] encode(List<String> sentences) {
                seen.addAll(sentences);
                return blindEncoder().encode(sentences);
            }
        };
        SentenceModel m = new Trainer(recording, new LinearHead.Settings(0.01, 20, 0.05), new SentenceModel.Lexical(
                "joint", 256, LexicalFeatures.VERSION, "masked")).train(stanceByOtherStates(12, true),
                stanceByOtherStates(6, true));
        assertThat(m.encodesMasked()).isTrue();
        assertThat(seen).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("Russia"));
    }
}
