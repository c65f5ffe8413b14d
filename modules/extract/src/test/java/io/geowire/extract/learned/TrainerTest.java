package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.internal.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** Sentences whose vector says whether they carry a route event: "route" texts point one way, others another. */
    private static SentenceEncoder wordEncoder() {
        return new SentenceEncoder() {
            @Override
            public String name() {
                return "words";
            }

            @Override
            public int dimension() {
                return 3;
            }

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
        SentenceModel.Prediction halted = m.predict(v[0], flags);
        SentenceModel.Prediction talk = m.predict(v[1], flags);
        assertThat(m.probability("route_disruption", halted.logOdds().get("route_disruption"), false))
                .isGreaterThan(m.threshold("route_disruption"));
        assertThat(m.probability("route_disruption", talk.logOdds().get("route_disruption"), false))
                .isLessThan(m.threshold("route_disruption"));
        assertThat(halted.labels().get("route_disruption")).isEqualTo("disrupted");
    }
}
