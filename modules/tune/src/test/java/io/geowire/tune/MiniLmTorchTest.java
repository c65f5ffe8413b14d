package io.geowire.tune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MiniLmTorchTest {
    private static final List<String> SENTENCES = List.of(
            "The foreign minister said the country would stand with its neighbour against the new tariffs.",
            "Tanker traffic through the strait resumed on Tuesday after a week of closures.",
            "The government refused to join the sanctions, calling them a violation of international law.",
            "Rain is expected in the capital.");

    private static byte[] model;
    private static Fp32MiniLm tokens;
    private static MiniLmTorch torch;

    @BeforeAll
    static void load() {
        model = Fp32MiniLm.modelBytes();
        tokens = new Fp32MiniLm();
        torch = MiniLmTorch.load(NDManager.newBaseManager(), OnnxWeights.read(model));
    }

    @AfterAll
    static void close() {
        torch.close();
    }

    @Test
    void shouldGiveOnnxRuntimesPooledVectorWhenTheSameFp32WeightsRunInLibtorch() throws Exception {
        try (OrtMiniLm ort = new OrtMiniLm(model)) {
            for (String s : SENTENCES) {
                long[] ids = tokens.ids(s, 512);

                float[] reference = ort.meanPooled(ids);
                float[] ours = Vectors.pooled(torch, List.of(ids)).get(0);

                assertThat(Vectors.cosine(ours, reference)).as(s).isGreaterThan(0.9999);
            }
        }
    }

    @Test
    void shouldPoolEachSentenceAsAloneWhenShorterSentencesArePaddedInABatch() {
        long[] shortIds = tokens.ids(SENTENCES.get(3), 512);
        long[] longIds = tokens.ids(SENTENCES.get(0), 512);

        float[] alone = Vectors.pooled(torch, List.of(shortIds)).get(0);
        float[] padded = Vectors.pooled(torch, List.of(longIds, shortIds)).get(1);

        assertThat(Vectors.cosine(alone, padded)).isGreaterThan(0.99999);
    }

    @Test
    void shouldMatchTheGraphsLayerNormWhenTheRowIsConstantButForOneValue() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1, 1, 1, 5}, new ai.djl.ndarray.types.Shape(1, 4));
            float[] out = MiniLmTorch.layerNorm(x, m.ones(new ai.djl.ndarray.types.Shape(4)),
                    m.zeros(new ai.djl.ndarray.types.Shape(4))).toFloatArray();

            // mean 2, population variance 3: (1-2)/sqrt 3 and (5-2)/sqrt 3
            assertThat(out[0]).isCloseTo((float) (-1 / Math.sqrt(3)), org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(out[3]).isCloseTo((float) (3 / Math.sqrt(3)), org.assertj.core.data.Offset.offset(1e-5f));
        }
    }
}
