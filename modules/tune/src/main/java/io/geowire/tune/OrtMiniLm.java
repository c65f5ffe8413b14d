package io.geowire.tune;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * An ONNX model of the MiniLM graph run by ONNX Runtime (one thread, no spinning), giving the mean-pooled last hidden
 * states of one sentence: the reference the DJL forward is checked against, and how tuned weights written back into
 * the graph would run at extract time.
 */
public final class OrtMiniLm implements AutoCloseable {
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    public OrtMiniLm(byte[] model) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = environment.createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the ONNX model", e);
        }
    }

    /** Mean of the last hidden states over the tokens of one input (no padding). */
    public float[] meanPooled(long[] ids) {
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        java.util.Arrays.fill(ones, 1);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape));
            inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]),
                    shape));
            try (OrtSession.Result r = session.run(inputs)) {
                float[][] states = ((float[][][]) r.get(0).getValue())[0];
                float[] mean = new float[states[0].length];
                for (float[] s : states) {
                    for (int j = 0; j < mean.length; j++) {
                        mean[j] += s[j] / states.length;
                    }
                }
                return mean;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
