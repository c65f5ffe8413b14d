package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The third encoder (bge-small-en-v1.5, [CLS] pooled), the names that list several encoders, and their caches. */
class BgeSmallEncoderTest {

    private static final String MINI_BGE = MiniLmEncoder.NAME + "+" + BgeSmallEncoder.NAME;
    private static final List<String> SENTENCES = List.of(
            "Oil exports through the Caspian pipeline were halted after a storm damaged a mooring.",
            "Hungary blocked the new package of sanctions, its foreign minister said on Monday.");

    /**
     * LangChain4j's BERT encoder run on the artifact's own files with [CLS] pooling (what its model class for this
     * artifact declares) is the reference: our session and pooling must give the same vector.
     */
    @Test
    void shouldGiveLangChain4jsClsPooledVectorWhenEncodingASentence() throws Exception {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        float[] reference;
        try (OrtSession.SessionOptions options = MiniLmEncoder.sessionOptions();
             InputStream model = JarResources.open("/bge-small-en-v1.5-q.onnx", "bge");
             InputStream tokenizer = JarResources.open("/bge-small-en-v1.5-q-tokenizer.json", "bge")) {
            OnnxBertBiEncoder bert = new OnnxBertBiEncoder(environment,
                    environment.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.CLS);
            reference = new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return bert;
                }

                @Override
                protected Integer knownDimension() {
                    return BgeSmallEncoder.DIMENSION;
                }
            }.embed(TextSegment.from(SENTENCES.get(0))).content().vector();
        }

        float[] ours = BgeSmallEncoder.shared().encode(SENTENCES.subList(0, 1))[0];

        assertThat(ours).hasSize(384);
        for (int j = 0; j < ours.length; j++) {
            assertThat(ours[j]).as("component %d", j).isCloseTo(reference[j], within(1e-5f));
        }
        double squares = 0;
        for (float f : ours) {
            squares += f * f;
        }
        assertThat(squares).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void shouldGiveTheSameVectorWhetherASentenceIsEncodedAloneOrWithOthers() {
        float[] alone = BgeSmallEncoder.shared().encode(SENTENCES.subList(1, 2))[0];

        float[][] both = BgeSmallEncoder.shared().encode(SENTENCES);

        assertThat(both[1]).containsExactly(alone);
        assertThat(both[0]).isNotEqualTo(both[1]);
    }

    @Test
    void shouldConcatenateTheListedEncodersInOrderWhenANameJoinsThemWithPlus() {
        float[][] mini = MiniLmEncoder.shared().encode(SENTENCES);
        float[][] bge = BgeSmallEncoder.shared().encode(SENTENCES);

        SentenceEncoder joined = Encoders.named(MINI_BGE);
        float[][] both = joined.encode(SENTENCES);

        assertThat(joined.name()).isEqualTo(MINI_BGE);
        assertThat(joined.dimension()).isEqualTo(768);
        assertThat(Encoders.named(MINI_BGE)).isSameAs(joined);
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(Arrays.copyOf(both[i], 384)).containsExactly(mini[i]);
            assertThat(Arrays.copyOfRange(both[i], 384, 768)).containsExactly(bge[i]);
        }
    }

    @Test
    void shouldKnowEachListsLengthAndRefuseUnknownOrRepeatedPartsWhenNamed() {
        assertThat(Encoders.named(BgeSmallEncoder.NAME)).isSameAs(BgeSmallEncoder.shared());
        assertThat(Encoders.named(E5SmallEncoder.NAME)).isSameAs(E5SmallEncoder.shared());
        assertThat(Encoders.dimension(MINI_BGE)).isEqualTo(768);
        assertThat(Encoders.dimension(MiniLmE5Encoder.NAME + "+" + BgeSmallEncoder.NAME)).isEqualTo(1152);
        assertThatThrownBy(() -> Encoders.dimension(BgeSmallEncoder.NAME + "+" + BgeSmallEncoder.NAME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retrain");
        assertThatThrownBy(() -> Encoders.named(MiniLmEncoder.NAME + "+")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Encoders.named("bge-large-en")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A part's vectors kept by an earlier run for one list serve another list that shares the part. */
    @Test
    void shouldReadAPartsVectorsFromItsOwnFileWhenAnotherListSharesThePart(@TempDir Path dir) {
        SentenceEncoder marked = new SentenceEncoder() {
            @Override
            public String name() {
                return BgeSmallEncoder.NAME;
            }

            @Override
            public int dimension() {
                return BgeSmallEncoder.DIMENSION;
            }

            @Override
            public float[][] encode(List<String> sentences) {
                float[][] out = new float[sentences.size()][BgeSmallEncoder.DIMENSION];
                for (float[] v : out) {
                    Arrays.fill(v, 7f);
                }
                return out;
            }
        };
        EmbeddingCache earlier = new EmbeddingCache(10);
        earlier.persistIn(dir, BgeSmallEncoder.NAME, BgeSmallEncoder.DIMENSION);
        new CachingEncoder(marked, earlier).encode(SENTENCES.subList(0, 1));

        float[] v = Encoders.cachedPerPart(MINI_BGE, dir, 10).encode(SENTENCES.subList(0, 1))[0];

        assertThat(Arrays.copyOf(v, 384)).containsExactly(MiniLmEncoder.shared().encode(SENTENCES.subList(0, 1))[0]);
        assertThat(Arrays.copyOfRange(v, 384, 768)).containsOnly(7f);
        assertThat(dir.resolve("embeddings-" + MiniLmEncoder.NAME + ".bin")).exists();
    }
}
