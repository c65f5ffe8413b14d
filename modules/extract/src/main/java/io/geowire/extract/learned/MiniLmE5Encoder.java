package io.geowire.extract.learned;

import java.util.List;

/**
 * The MiniLM vector ({@link MiniLmEncoder}, unchanged) followed by the e5-small-v2 vector ({@link E5SmallEncoder})
 * of the same sentence: 768 values. Why two encoders (issue 11, docs/decisions.md "the sentence heads"): out of fold
 * the linear heads' average precision rose on every type with the e5 half beside MiniLM's, where a hidden layer or
 * max pooling over MiniLM's tokens did not; it costs about three times MiniLM's encoder CPU per sentence.
 */
public final class MiniLmE5Encoder extends NamedEncoder {
    public static final String NAME = MiniLmEncoder.NAME + "+" + E5SmallEncoder.NAME;
    public static final int DIMENSION = MiniLmEncoder.DIMENSION + E5SmallEncoder.DIMENSION;

    private static final MiniLmE5Encoder INSTANCE = new MiniLmE5Encoder();

    private MiniLmE5Encoder() {
        super(NAME, DIMENSION);
    }

    /** The JVM-wide instance (the two models load on first use). */
    public static MiniLmE5Encoder shared() {
        return INSTANCE;
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] mini = MiniLmEncoder.shared().encode(sentences);
        float[][] e5 = E5SmallEncoder.shared().encode(sentences);
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new float[DIMENSION];
            System.arraycopy(mini[i], 0, out[i], 0, MiniLmEncoder.DIMENSION);
            System.arraycopy(e5[i], 0, out[i], MiniLmEncoder.DIMENSION, E5SmallEncoder.DIMENSION);
        }
        return out;
    }
}
