package io.geowire.extract.learned;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The vectors of several encoders of the same sentence, one after another in the order given; its name joins theirs
 * with "+" ({@link Encoders#named}), so cached vectors and model files never mix with those of another list.
 */
final class ConcatenatedEncoder extends NamedEncoder {
    private final List<SentenceEncoder> parts;

    ConcatenatedEncoder(List<SentenceEncoder> parts) {
        super(parts.stream().map(SentenceEncoder::name).collect(Collectors.joining("+")),
                parts.stream().mapToInt(SentenceEncoder::dimension).sum());
        this.parts = List.copyOf(parts);
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][dimension()];
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
