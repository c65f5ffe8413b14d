package io.geowire.extract.learned;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SentenceEncoder} that asks {@link EmbeddingCache} first and encodes only the sentences it has not seen.
 * Each sentence is encoded on its own by the wrapped encoder, so a cached vector is the vector it would compute now;
 * for the same reason a sentence that occurs several times in one call is encoded once and its vector shared.
 */
public final class CachingEncoder extends NamedEncoder {
    private final SentenceEncoder encoder;
    private final EmbeddingCache cache;

    public CachingEncoder(SentenceEncoder encoder, EmbeddingCache cache) {
        super(encoder.name(), encoder.dimension());
        this.encoder = encoder;
        this.cache = cache;
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        // a sentence repeated within one call (boilerplate, a pasted paragraph, a hostile article of one sentence
        // 400 times) is looked up and encoded once: the cache only learns of it after the call
        Map<EmbeddingCache.Key, List<Integer>> missing = new LinkedHashMap<>();
        Map<EmbeddingCache.Key, String> missingText = new HashMap<>();
        Map<EmbeddingCache.Key, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            String text = EmbeddingCache.normalise(sentences.get(i));
            EmbeddingCache.Key key = EmbeddingCache.key(encoder.name(), text);
            Integer first = firstAt.putIfAbsent(key, i);
            if (first != null) {
                out[i] = out[first];
                List<Integer> waiting = missing.get(key);
                if (waiting != null) {
                    waiting.add(i);
                }
                continue;
            }
            out[i] = cache.get(key);
            if (out[i] == null) {
                missing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                missingText.put(key, text);
            }
        }
        if (!missing.isEmpty()) {
            List<EmbeddingCache.Key> keys = new ArrayList<>(missing.keySet());
            List<String> texts = new ArrayList<>(keys.size());
            keys.forEach(k -> texts.add(missingText.get(k)));
            float[][] fresh = encoder.encode(texts);
            for (int k = 0; k < fresh.length; k++) {
                for (int at : missing.get(keys.get(k))) {
                    out[at] = fresh[k];
                }
                cache.put(keys.get(k), fresh[k], encoder.name());
            }
        }
        return out;
    }
}
