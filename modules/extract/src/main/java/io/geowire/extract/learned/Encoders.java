package io.geowire.extract.learned;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence encoders a model file may name ({@link SentenceModel#encoder()}): a model is read with the vectors it
 * was trained on, whichever encoder that is. A name is one encoder ({@link #SINGLE}) or several joined by "+", whose
 * vectors are concatenated in that order (e.g. {@code all-minilm-l6-v2-q+bge-small-en-v15-q}, 768 values).
 */
public final class Encoders {
    /** The encoders a name may list, each at most once. */
    public static final List<String> SINGLE = List.of(MiniLmEncoder.NAME, E5SmallEncoder.NAME, BgeSmallEncoder.NAME);

    private static final Map<String, SentenceEncoder> CONCATENATED = new ConcurrentHashMap<>();

    private Encoders() {
    }

    /** The JVM-wide encoder of that name. */
    public static SentenceEncoder named(String name) {
        List<String> parts = parts(name);
        if (parts.size() == 1) {
            return single(name);
        }
        if (MiniLmE5Encoder.NAME.equals(name)) {
            return MiniLmE5Encoder.shared();
        }
        return CONCATENATED.computeIfAbsent(name,
                n -> new ConcatenatedEncoder(parts.stream().map(Encoders::single).toList()));
    }

    /** The length of that encoder's vectors, without loading it. */
    public static int dimension(String name) {
        int sum = 0;
        for (String part : parts(name)) {
            sum += singleDimension(part);
        }
        return sum;
    }

    /**
     * The encoder of that name whose parts each read and add to their own file of vectors in {@code dir}
     * ({@code embeddings-PART.bin}, as {@link EmbeddingCache#persistIn} writes it): vectors computed for one list of
     * encoders serve every other list that shares a part, so trying a new concatenation encodes only the new part.
     * Each part's cache keeps up to {@code capacity} vectors in memory.
     */
    public static SentenceEncoder cachedPerPart(String name, Path dir, int capacity) {
        List<SentenceEncoder> parts = new ArrayList<>();
        for (String part : parts(name)) {
            EmbeddingCache cache = new EmbeddingCache(capacity);
            cache.persistIn(dir, part, singleDimension(part));
            parts.add(new CachingEncoder(single(part), cache));
        }
        return concatenated(parts);
    }

    /**
     * The vectors of {@code parts}, one after another, as one encoder whose name joins theirs with "+" (the one part
     * itself when there is only one): how an experiment puts an encoder of its own beside the project's.
     */
    public static SentenceEncoder concatenated(List<SentenceEncoder> parts) {
        return parts.size() == 1 ? parts.get(0) : new ConcatenatedEncoder(parts);
    }

    /** The encoders a name lists, in order; an unknown, repeated or empty part is refused. */
    static List<String> parts(String name) {
        List<String> parts = Arrays.asList(name.split("\\+", -1));
        if (!SINGLE.containsAll(parts) || new HashSet<>(parts).size() != parts.size()) {
            throw new IllegalArgumentException("unknown sentence encoder '" + name + "' (this extractor knows "
                    + String.join(", ", SINGLE) + " and lists of them joined by '+'): retrain with ./geowire train");
        }
        return parts;
    }

    private static SentenceEncoder single(String name) {
        return switch (name) {
            case MiniLmEncoder.NAME -> MiniLmEncoder.shared();
            case E5SmallEncoder.NAME -> E5SmallEncoder.shared();
            case BgeSmallEncoder.NAME -> BgeSmallEncoder.shared();
            default -> throw new IllegalArgumentException("unknown sentence encoder '" + name + "'");
        };
    }

    private static int singleDimension(String name) {
        return switch (name) {
            case MiniLmEncoder.NAME -> MiniLmEncoder.DIMENSION;
            case E5SmallEncoder.NAME -> E5SmallEncoder.DIMENSION;
            case BgeSmallEncoder.NAME -> BgeSmallEncoder.DIMENSION;
            default -> throw new IllegalArgumentException("unknown sentence encoder '" + name + "'");
        };
    }
}
