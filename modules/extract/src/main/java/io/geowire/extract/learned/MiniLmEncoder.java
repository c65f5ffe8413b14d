package io.geowire.extract.learned;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised) on ONNX Runtime, from the LangChain4j jar on the classpath: no network, ~23 MB model,
 * a few ms per sentence on two cores. Loaded once per JVM on first use, because loading costs about a second.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    public static final String NAME = "all-minilm-l6-v2-q";
    public static final int DIMENSION = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEncoder() {
        // segments run one after another in the caller's thread: ONNX Runtime already uses the cores inside each call
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    private static final class Holder {
        static final MiniLmEncoder INSTANCE = new MiniLmEncoder();
    }

    /** The JVM-wide instance. */
    public static MiniLmEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        if (sentences.isEmpty()) {
            return out;
        }
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            // an empty segment is rejected by the model; a single space embeds as "nothing"
            segments.add(TextSegment.from(s.isBlank() ? " " : s));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        for (int i = 0; i < out.length; i++) {
            out[i] = embeddings.get(i).vector();
        }
        return out;
    }
}
