package io.geowire.extract.learned;

/**
 * The sentence encoders a model file may name ({@link SentenceModel#encoder()}): a model is read with the vectors it
 * was trained on, whichever encoder that is.
 */
public final class Encoders {
    private Encoders() {
    }

    /** The JVM-wide encoder of that name. */
    public static SentenceEncoder named(String name) {
        if (MiniLmEncoder.NAME.equals(name)) {
            return MiniLmEncoder.shared();
        }
        if (MiniLmE5Encoder.NAME.equals(name)) {
            return MiniLmE5Encoder.shared();
        }
        throw unknown(name);
    }

    /** The length of that encoder's vectors, without loading it. */
    public static int dimension(String name) {
        if (MiniLmEncoder.NAME.equals(name)) {
            return MiniLmEncoder.DIMENSION;
        }
        if (MiniLmE5Encoder.NAME.equals(name)) {
            return MiniLmE5Encoder.DIMENSION;
        }
        throw unknown(name);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown sentence encoder '" + name + "' (this extractor knows "
                + MiniLmEncoder.NAME + " and " + MiniLmE5Encoder.NAME + "): retrain with ./geowire train");
    }
}
