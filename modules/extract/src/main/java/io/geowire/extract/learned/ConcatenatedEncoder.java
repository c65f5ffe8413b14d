package io.geowire.extract.learned;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The vectors of several encoders of the same sentence, one after another in the order given; its name joins theirs
 * with "+" ({@link Encoders#named}), so cached vectors and model files never mix with those of another list.
 */
final class ConcatenatedEncoder implements SentenceEncoder {
    private final List<SentenceEncoder> parts;
    private final String name;
    private final int dimension;

    ConcatenatedEncoder(List<SentenceEncoder> parts) {
        this.parts = List.copyOf(parts);
        this.name = parts.stream().map(SentenceEncoder::name).collect(Collectors.joining("+"));
        this.dimension = parts.stream().mapToInt(SentenceEncoder::dimension).sum();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][dimension];
        int at = 0;
        for (SentenceEncoder part : parts) {
            float[][] vectors = part.encode(sentences);
            for (int i = 0; i < out.length; i++) {
                System.arraycopy(vectors[i], 0, out[i], at, part.dimension());
            }
            at += part.dimension();
        }
        return out;
    }
}
