package io.geowire.extract.learned;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SentenceEncoder} that asks {@link EmbeddingCache} first and encodes only the sentences it has not seen.
 * Each sentence is encoded on its own by the wrapped encoder, so a cached vector is the vector it would compute now.
 */
public final class CachingEncoder implements SentenceEncoder {
    private final SentenceEncoder encoder;
    private final EmbeddingCache cache;

    public CachingEncoder(SentenceEncoder encoder, EmbeddingCache cache) {
        this.encoder = encoder;
        this.cache = cache;
    }

    @Override
    public String name() {
        return encoder.name();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        List<String> missing = new ArrayList<>();
        List<EmbeddingCache.Key> missingKeys = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            String text = EmbeddingCache.normalise(sentences.get(i));
            EmbeddingCache.Key key = EmbeddingCache.key(encoder.name(), text);
            out[i] = cache.get(key);
            if (out[i] == null) {
                missing.add(text);
                missingKeys.add(key);
                missingAt.add(i);
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = encoder.encode(missing);
            for (int k = 0; k < fresh.length; k++) {
                out[missingAt.get(k)] = fresh[k];
                cache.put(missingKeys.get(k), fresh[k], encoder.name());
            }
            cache.flush();
        }
        return out;
    }
}
