package io.geowire.tune;

import io.geowire.extract.learned.SentenceEncoder;

import java.util.List;
import java.util.Map;

/** Vectors computed beforehand, looked up by sentence text; a text it does not hold is an error. */
final class MapEncoder implements SentenceEncoder {
    private final String name;
    private final Map<String, float[]> vectors;
    private final int dimension;

    MapEncoder(String name, Map<String, float[]> vectors) {
        this.name = name;
        this.vectors = vectors;
        this.dimension = vectors.values().iterator().next().length;
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
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors.get(sentences.get(i));
            if (out[i] == null) {
                throw new IllegalArgumentException("no precomputed vector for: " + sentences.get(i));
            }
        }
        return out;
    }
}
