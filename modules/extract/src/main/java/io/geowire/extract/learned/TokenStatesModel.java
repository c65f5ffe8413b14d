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
import java.util.Map;

/**
 * A BERT-style ONNX model and its tokenizer, read from the files an encoder artifact keeps at its jar's root (no class
 * of the artifact is used), run in our own session with {@link MiniLmEncoder}'s options (one thread, no spinning).
 * It gives the last hidden states of one input per call, so a vector never depends on the inputs encoded beside it;
 * the encoders pool them their own way ({@link E5SmallEncoder} averages, {@link BgeSmallEncoder} takes [CLS]).
 */
final class TokenStatesModel {
    /** The models' longest input, special tokens included; longer inputs are cut (none of the training data is). */
    static final int MAX_TOKENS = 512;

    private final String encoderName;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    TokenStatesModel(String encoderName, String modelResource, String tokenizerResource, String artifact) {
        this.encoderName = encoderName;
        environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = MiniLmEncoder.sessionOptions();
             InputStream model = JarResources.open(modelResource, artifact);
             InputStream tok = JarResources.open(tokenizerResource, artifact)) {
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
            typeIds = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the " + encoderName + " sentence encoder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + encoderName + " model or tokenizer", e);
        }
    }

    /** One row per token of the input (special tokens included, [CLS] first): the model's first output. */
    float[][] lastHiddenStates(String text) {
        Encoding e = tokenizer.encode(text, true, false);
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
                return ((float[][][]) result.get(0).getValue())[0];
            }
        } catch (OrtException ex) {
            throw new IllegalStateException("the " + encoderName + " encoder failed", ex);
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

    /** The vector scaled to length 1, in place. */
    static float[] normalised(float[] v) {
        double squares = 0;
        for (float f : v) {
            squares += f * f;
        }
        double norm = Math.sqrt(squares);
        for (int j = 0; j < v.length; j++) {
            v[j] /= norm;
        }
        return v;
    }
}
