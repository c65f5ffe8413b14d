package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoder's own ONNX session: how it runs, and that it still gives the vectors the committed heads expect. */
class MiniLmEncoderTest {

    @Test
    void shouldNeitherSpinNorRunParallelOperatorsWhenCreatingTheSession() throws Exception {
        try (OrtSession.SessionOptions options = MiniLmEncoder.sessionOptions()) {
            assertThat(options.getConfigEntries())
                    .containsEntry("session.intra_op.allow_spinning", "0")
                    .containsEntry("session.inter_op.allow_spinning", "0");
        }
        assertThat(MiniLmEncoder.INTRA_OP_THREADS).isEqualTo(1);
    }

    /**
     * Components of the vector LangChain4j's own AllMiniLmL6V2QuantizedEmbeddingModel gave for this sentence (read
     * before the encoder opened its own session): the trained heads and the embedding cache assume these vectors.
     */
    @Test
    void shouldGiveTheVectorsOfLangChain4jsModelClassWhenEncodingWithOneThread() {
        float[] v = MiniLmEncoder.shared()
                .encode(List.of("Oil exports through the Caspian pipeline were halted after a storm damaged a mooring."))[0];

        assertThat(v).hasSize(MiniLmEncoder.DIMENSION);
        assertThat(v[0]).isCloseTo(-0.07884833f, within(1e-6f));
        assertThat(v[1]).isCloseTo(0.0031610143f, within(1e-6f));
        assertThat(v[383]).isCloseTo(0.019048266f, within(1e-6f));
    }

    @Test
    void shouldEncodeABlankSentenceAsZerosWithoutFailingTheOthers() {
        MiniLmEncoder encoder = MiniLmEncoder.shared();

        float[][] vectors = encoder.encode(List.of("Gas flows resumed on Monday.", "  ", ""));

        assertThat(vectors[0]).hasSize(encoder.dimension()).isNotEqualTo(new float[encoder.dimension()]);
        assertThat(vectors[1]).isEqualTo(new float[encoder.dimension()]);
        assertThat(vectors[2]).isEqualTo(new float[encoder.dimension()]);
    }
}
