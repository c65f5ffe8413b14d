package io.geowire.tune;

import io.geowire.extract.learned.SentenceEncoder;

import java.util.List;
import java.util.stream.Collectors;

/** Several encoders' vectors of a sentence, one after another (as the project's concatenated encoder). */
final class ConcatEncoder implements SentenceEncoder {
    private final List<SentenceEncoder> parts;

    ConcatEncoder(List<SentenceEncoder> parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return parts.stream().map(SentenceEncoder::name).collect(Collectors.joining("+"));
    }

    @Override
    public int dimension() {
        return parts.stream().mapToInt(SentenceEncoder::dimension).sum();
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][dimension()];
        int at = 0;
        for (SentenceEncoder p : parts) {
            float[][] v = p.encode(sentences);
            for (int i = 0; i < out.length; i++) {
                System.arraycopy(v[i], 0, out[i], at, p.dimension());
            }
            at += p.dimension();
        }
        return out;
    }
}
