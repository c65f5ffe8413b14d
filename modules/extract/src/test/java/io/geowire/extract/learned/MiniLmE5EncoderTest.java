package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.Engine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two-encoder vectors: MiniLM's unchanged, then e5-small-v2's; and the names a model file may give. */
class MiniLmE5EncoderTest {

    private static final List<String> SENTENCES = List.of(
            "Oil exports through the Caspian pipeline were halted after a storm damaged a mooring.",
            "Hungary blocked the new package of sanctions, its foreign minister said on Monday.");

    @Test
    void shouldPutMiniLmsVectorFirstAndALengthOneE5VectorSecondWhenEncoding() {
        float[][] mini = MiniLmEncoder.shared().encode(SENTENCES);
        float[][] both = MiniLmE5Encoder.shared().encode(SENTENCES);

        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(both[i]).hasSize(768);
            assertThat(Arrays.copyOf(both[i], MiniLmEncoder.DIMENSION)).containsExactly(mini[i]);
            double squares = 0;
            for (int j = MiniLmEncoder.DIMENSION; j < both[i].length; j++) {
                squares += both[i][j] * both[i][j];
            }
            assertThat(squares).isCloseTo(1.0, within(1e-4));
        }
        assertThat(Arrays.copyOfRange(both[0], 384, 768)).isNotEqualTo(Arrays.copyOfRange(both[1], 384, 768));
    }

    @Test
    void shouldGiveTheSameVectorWhetherASentenceIsEncodedAloneOrWithOthers() {
        float[] alone = MiniLmE5Encoder.shared().encode(SENTENCES.subList(1, 2))[0];

        assertThat(MiniLmE5Encoder.shared().encode(SENTENCES)[1]).containsExactly(alone);
    }

    @Test
    void shouldKeepTheClosingTokenWhenCuttingAnInputLongerThanTheModelReads() {
        long[] ids = new long[600];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }

        long[] cut = TokenStatesModel.cut(ids);

        assertThat(cut).hasSize(512);
        assertThat(cut[510]).isEqualTo(510);
        assertThat(cut[511]).isEqualTo(599);
        assertThat(TokenStatesModel.cut(new long[] {1, 2, 3})).containsExactly(1, 2, 3);
    }

    @Test
    void shouldNameEachEncoderAndRefuseAnUnknownOneWhenAModelAsksForIt() {
        assertThat(Encoders.named(MiniLmEncoder.NAME)).isSameAs(MiniLmEncoder.shared());
        assertThat(Encoders.named(MiniLmE5Encoder.NAME)).isSameAs(MiniLmE5Encoder.shared());
        assertThat(Encoders.dimension(MiniLmE5Encoder.NAME)).isEqualTo(768);
        assertThatThrownBy(() -> Encoders.named("bert-large")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retrain");
    }

    /**
     * A model whose file names the two-encoder vectors is read with them: the extractor loads the encoder the model
     * names (before, every model was read with MiniLM's 384 values and the learned stage refused this one).
     */
    @Test
    void shouldExtractWithTheEncoderItsModelNamesWhenTheModelWasTrainedOnBothEncoders() {
        SentenceEncoder sameName = new SentenceEncoder() {
            @Override
            public String name() {
                return MiniLmE5Encoder.NAME;
            }

            @Override
            public int dimension() {
                return MiniLmE5Encoder.DIMENSION;
            }

            @Override
            public float[][] encode(List<String> sentences) {
                float[][] out = new float[sentences.size()][MiniLmE5Encoder.DIMENSION];
                for (int i = 0; i < out.length; i++) {
                    out[i][0] = sentences.get(i).contains("halted") ? 1 : 0;
                }
                return out;
            }
        };
        List<LabelledSentence> data = new ArrayList<>();
        double[] flags = new double[Engine.FLAGS.size()];
        for (int i = 0; i < 20; i++) {
            boolean event = i % 2 == 0;
            data.add(new LabelledSentence("Pipeline " + i + (event ? " halted" : " was discussed") + " today.", flags,
                    event ? Set.of("route_disruption") : Set.of(),
                    event ? Map.of("route_disruption", "disrupted") : Map.of(), "asserted", Set.of(), "t" + i));
        }
        SentenceModel model = new Trainer(sameName, new LinearHead.Settings(0.01, 20, 0.05), null).train(data, data);

        EventExtractor extractor = EventExtractor.create(null, model);

        assertThat(model.encoder()).isEqualTo(MiniLmE5Encoder.NAME);
        assertThat(extractor.extract(new ArticleInput("a.txt", "Oil flows through the Druzhba pipeline were halted "
                + "on Tuesday, the Hungarian operator said.", LocalDate.of(2025, 1, 7)))).isNotNull();
    }
}
