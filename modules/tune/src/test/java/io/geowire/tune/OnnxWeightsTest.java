package io.geowire.tune;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OnnxWeightsTest {
    private static OnnxWeights weights;

    @BeforeAll
    static void read() {
        weights = OnnxWeights.read(Fp32MiniLm.modelBytes());
    }

    @Test
    void shouldReadTheEmbeddingTablesWithTheirShapesWhenTheModelIsFp32MiniLm() {
        OnnxWeights.Tensor words = weights.tensor("embeddings.word_embeddings.weight");

        assertThat(words.dims()).containsExactly(30522, 384);
        assertThat(words.size()).isEqualTo(30522 * 384);
        assertThat(weights.tensor("embeddings.position_embeddings.weight").dims()).containsExactly(512, 384);
    }

    @Test
    void shouldFindSixProjectionsPerLayerWhenMatMulWeightsAreNamedByTheExporter() {
        var matMuls = MiniLmTorch.matMulWeights(weights);

        assertThat(matMuls).hasSize(6 * MiniLmTorch.LAYERS);
        assertThat(weights.tensor(matMuls.get("/encoder/layer.5/intermediate/dense/MatMul")).dims())
                .containsExactly(384, 1536);
        assertThat(weights.tensor(matMuls.get("/encoder/layer.0/attention/self/query/MatMul")).dims())
                .containsExactly(384, 384);
    }

    @Test
    void shouldReadRealWeightsWhenTheTensorIsStoredAsRawData() {
        float[] gamma = weights.tensor("encoder.layer.0.output.LayerNorm.weight").values();

        // a LayerNorm scale of a trained model is neither zero nor garbage
        assertThat(gamma).hasSize(384);
        double mean = 0;
        for (float g : gamma) {
            mean += g / gamma.length;
        }
        assertThat(mean).isBetween(0.05, 5.0);
    }
}
