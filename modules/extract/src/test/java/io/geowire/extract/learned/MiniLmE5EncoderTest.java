package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
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

        long[] cut = E5SmallEncoder.cut(ids);

        assertThat(cut).hasSize(512);
        assertThat(cut[510]).isEqualTo(510);
        assertThat(cut[511]).isEqualTo(599);
        assertThat(E5SmallEncoder.cut(new long[] {1, 2, 3})).containsExactly(1, 2, 3);
    }

    @Test
    void shouldNameEachEncoderAndRefuseAnUnknownOneWhenAModelAsksForIt() {
        assertThat(Encoders.named(MiniLmEncoder.NAME)).isSameAs(MiniLmEncoder.shared());
        assertThat(Encoders.named(MiniLmE5Encoder.NAME)).isSameAs(MiniLmE5Encoder.shared());
        assertThat(Encoders.dimension(MiniLmE5Encoder.NAME)).isEqualTo(768);
        assertThatThrownBy(() -> Encoders.named("bert-large")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retrain");
    }
}
