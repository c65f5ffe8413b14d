package io.geowire.extract.learned;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings already computed, keyed by a 128-bit hash of the encoder's name and the normalised sentence
 * text, so that text seen before (a replayed corpus, a wire story republished, boilerplate) costs no encoder time.
 * Bounded: the least recently used entries go first (about 1.6 KB each for 384 dimensions). Optionally persisted:
 * {@link #persistIn(Path)} loads a file of earlier runs and appends every new embedding to it, so a later process
 * (e.g. {@code replay --corpus} with the same {@code --data-dir}) finds them. Thread-safe.
 */
public final class EmbeddingCache {
    /** Entries of the JVM-wide cache: about 32 MB of vectors at 384 dimensions. */
    public static final int DEFAULT_CAPACITY = 20_000;
    private static final String MAGIC = "geowire-embeddings/1";

    /** What the cache has done so far. */
    public record Stats(long hits, long misses, int size, int capacity) {
        /** Share of sentences served from the cache; 0 when nothing was asked. */
        public double hitRate() {
            long asked = hits + misses;
            return asked == 0 ? 0 : (double) hits / asked;
        }
    }

    /** A sentence's key: the first 128 bits of SHA-256 over encoder name and normalised text. */
    record Key(long high, long low) {
    }

    private final int capacity;
    private final Map<Key, float[]> entries;
    private long hits;
    private long misses;
    private DataOutputStream log;
    private String logEncoder;

    public EmbeddingCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
                return size() > EmbeddingCache.this.capacity;
            }
        };
    }

    private static final class Holder {
        static final EmbeddingCache INSTANCE = new EmbeddingCache(
                Integer.getInteger("geowire.encoder.cache.entries", DEFAULT_CAPACITY));
    }

    /** The JVM-wide cache the default extractors use ({@code -Dgeowire.encoder.cache.entries=N} sizes it). */
    public static EmbeddingCache shared() {
        return Holder.INSTANCE;
    }

    /** Whitespace runs become one space, ends are trimmed: the text that is both hashed and encoded. */
    public static String normalise(String sentence) {
        return sentence.replaceAll("\\s+", " ").strip();
    }

    static Key key(String encoder, String normalised) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoder.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] d = sha.digest(normalised.getBytes(StandardCharsets.UTF_8));
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (d[i] & 0xff);
                low = (low << 8) | (d[i + 8] & 0xff);
            }
            return new Key(high, low);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    synchronized float[] get(Key key) {
        float[] v = entries.get(key);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    synchronized void put(Key key, float[] vector, String encoder) {
        if (capacity == 0) {
            return;
        }
        entries.put(key, vector);
        if (log != null && encoder.equals(logEncoder)) {
            try {
                write(log, key, vector);
            } catch (IOException e) {
                // a full disk must not stop extraction: keep caching in memory only
                closeLog();
            }
        }
    }

    /** Flushes appended embeddings to the file, if persisted. */
    synchronized void flush() {
        if (log != null) {
            try {
                log.flush();
            } catch (IOException e) {
                closeLog();
            }
        }
    }

    public synchronized Stats stats() {
        return new Stats(hits, misses, entries.size(), capacity);
    }

    /** Forgets every entry and the counts (the file, if any, stays). */
    public synchronized void clear() {
        entries.clear();
        hits = 0;
        misses = 0;
    }

    /**
     * Loads the embeddings of {@code encoder} kept in {@code dir} by earlier runs and appends new ones there from now
     * on. A file written for another encoder or dimension is started afresh; a torn last record (a killed process)
     * is ignored. A file grown beyond twice the capacity is rewritten with the entries kept.
     */
    public synchronized void persistIn(Path dir, String encoder, int dimension) {
        closeLog();
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("embeddings-" + encoder + ".bin");
            long records = Files.exists(file) ? load(file, encoder, dimension) : -1;
            boolean fresh = records < 0 || records > 2L * capacity;
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(fresh
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE)
                    : Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16));
            if (fresh) {
                out.writeUTF(MAGIC);
                out.writeUTF(encoder);
                out.writeInt(dimension);
                for (Map.Entry<Key, float[]> e : entries.entrySet()) {
                    if (e.getValue().length == dimension) {
                        write(out, e.getKey(), e.getValue());
                    }
                }
                out.flush();
            }
            log = out;
            logEncoder = encoder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep sentence embeddings in " + dir, e);
        }
    }

    /** Records read, or -1 when the file is not one of ours for this encoder. */
    private long load(Path file, String encoder, int dimension) throws IOException {
        long n = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !encoder.equals(in.readUTF()) || in.readInt() != dimension) {
                return -1;
            }
            while (true) {
                Key key = new Key(in.readLong(), in.readLong());
                float[] v = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    v[i] = in.readFloat();
                }
                entries.put(key, v);
                n++;
            }
        } catch (EOFException | java.io.UTFDataFormatException end) {
            return n;
        }
    }

    private static void write(DataOutputStream out, Key key, float[] vector) throws IOException {
        out.writeLong(key.high());
        out.writeLong(key.low());
        for (float f : vector) {
            out.writeFloat(f);
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException ignored) {
                // nothing more can be saved; the entries stay in memory
            }
            log = null;
        }
    }
}
