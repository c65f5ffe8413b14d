package io.geowire.extract.learned;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings already computed, keyed by a 128-bit hash of the encoder's name and the normalised sentence
 * text, so that text seen before (a replayed corpus, a wire story republished, boilerplate) costs no encoder time.
 * In memory it keeps a bounded number of vectors, the least recently used going first (about 3 KB each for the
 * bundled model's 768 dimensions). Optionally persisted: {@link #persistIn} indexes a file of earlier runs and appends
 * every new embedding to it, so a later process (e.g. {@code replay --corpus} with the same {@code --data-dir}) finds
 * them. Only the file's index (key and record number, under 100 bytes a sentence) is held in memory; a vector not in
 * memory is read from the file when asked for, so a replayed corpus of any size up to the file's bound costs no
 * encoder time while the heap holds a few thousand vectors. Thread-safe.
 */
public final class EmbeddingCache {
    /**
     * Vectors held in memory by the JVM-wide cache: about 12 MB at 768 dimensions. A replay finds the rest in the
     * file; held in memory, the 20,000 of before took 64 MB of a 384 MB heap for the life of a watching process.
     */
    public static final int DEFAULT_CAPACITY = 4_096;
    /**
     * Records a file may hold (about 300 MB at 768 dimensions), at least twice the memory capacity: a file that
     * reaches it stops growing, and one found larger (written with a larger bound) is started afresh.
     */
    static final int DEFAULT_FILE_RECORDS = 100_000;
    private static final String MAGIC = "geowire-embeddings/1";
    private static final int KEY_BYTES = 16;

    /** What the cache has done so far; {@code size} counts the vectors it can serve, in memory or in its file. */
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

    /** The file of one encoder's vectors: fixed-size records after a header, and where each key's record is. */
    private static final class VectorFile {
        final FileChannel channel;
        final String encoder;
        final int dimension;
        final long headerBytes;
        final int recordBytes;
        final Map<Key, Integer> records = new HashMap<>();
        /** Records in the file: more than keys when a file of an older version holds a key twice. */
        int count;

        VectorFile(FileChannel channel, String encoder, int dimension, long headerBytes) {
            this.channel = channel;
            this.encoder = encoder;
            this.dimension = dimension;
            this.headerBytes = headerBytes;
            this.recordBytes = KEY_BYTES + Float.BYTES * dimension;
        }

        long offset(int record) {
            return headerBytes + (long) record * recordBytes;
        }

        float[] read(int record) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(Float.BYTES * dimension);
            long position = offset(record) + KEY_BYTES;
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("embedding file ends inside record " + record);
                }
            }
            float[] vector = new float[dimension];
            buffer.flip().asFloatBuffer().get(vector);
            return vector;
        }

        void append(Key key, float[] vector) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(recordBytes);
            buffer.putLong(key.high()).putLong(key.low());
            buffer.asFloatBuffer().put(vector);
            buffer.rewind();
            long position = offset(count);
            while (buffer.hasRemaining()) {
                channel.write(buffer, position + buffer.position());
            }
            records.put(key, count++);
        }
    }

    private final int capacity;
    private final int fileRecords;
    private final Map<Key, float[]> entries;
    private long hits;
    private long misses;
    private VectorFile file;

    public EmbeddingCache(int capacity) {
        this(capacity, Math.max(DEFAULT_FILE_RECORDS, 2 * capacity));
    }

    EmbeddingCache(int capacity, int fileRecords) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
        }
        this.capacity = capacity;
        this.fileRecords = fileRecords;
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
            v = fromFile(key);
        }
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    private float[] fromFile(Key key) {
        Integer record = file == null ? null : file.records.get(key);
        if (record == null) {
            return null;
        }
        try {
            float[] v = file.read(record);
            entries.put(key, v);
            return v;
        } catch (IOException e) {
            // a file that cannot be read (deleted, a failing disk) only costs the encoder time it would have saved
            closeFile();
            return null;
        }
    }

    /** Keeps a vector; with a file, writes it there at once (unbuffered: a killed process loses no whole record). */
    synchronized void put(Key key, float[] vector, String encoder) {
        if (capacity == 0) {
            return;
        }
        entries.put(key, vector);
        if (file != null && encoder.equals(file.encoder) && vector.length == file.dimension
                && !file.records.containsKey(key) && file.count < fileRecords) {
            try {
                file.append(key, vector);
            } catch (IOException e) {
                // a full disk must not stop extraction: keep caching in memory only
                closeFile();
            }
        }
    }

    public synchronized Stats stats() {
        int size = entries.size();
        if (file != null) {
            size = file.records.size();
            for (Key key : entries.keySet()) {
                if (!file.records.containsKey(key)) {
                    size++;
                }
            }
        }
        return new Stats(hits, misses, size, capacity);
    }

    /** Forgets every vector held in memory and the counts (the file, if any, stays and is still read). */
    public synchronized void clear() {
        entries.clear();
        hits = 0;
        misses = 0;
    }

    /**
     * Indexes the embeddings of {@code encoder} kept in {@code dir} by earlier runs and appends new ones there from
     * now on. A file written for another encoder or dimension, or larger than this cache's file bound, is started
     * afresh; a torn last record (a killed process) is cut off.
     */
    public synchronized void persistIn(Path dir, String encoder, int dimension) {
        closeFile();
        try {
            Files.createDirectories(dir);
            Path path = dir.resolve("embeddings-" + encoder + ".bin");
            byte[] header = header(encoder, dimension);
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                VectorFile opened = new VectorFile(channel, encoder, dimension, header.length);
                if (!index(path, opened, header)) {
                    opened.records.clear();
                    opened.count = 0;
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(header), 0);
                }
                channel.truncate(opened.offset(opened.count));
                file = opened;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep sentence embeddings in " + dir, e);
        }
    }

    /** Reads the keys of a file of ours into {@code opened}; false when the file is not ours or is too large. */
    private boolean index(Path path, VectorFile opened, byte[] header) throws IOException {
        long size = Files.size(path);
        long records = size < header.length ? -1 : (size - header.length) / opened.recordBytes;
        if (records < 0 || records > fileRecords) {
            return false;
        }
        try (InputStream raw = Files.newInputStream(path);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!Arrays.equals(in.readNBytes(header.length), header)) {
                return false;
            }
            for (int record = 0; record < records; record++) {
                Key key = new Key(in.readLong(), in.readLong());
                in.skipNBytes((long) Float.BYTES * opened.dimension);
                opened.records.putIfAbsent(key, record);
            }
        }
        opened.count = (int) records;
        return true;
    }

    private static byte[] header(String encoder, int dimension) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeUTF(encoder);
            out.writeInt(dimension);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
    }

    private void closeFile() {
        if (file != null) {
            try {
                file.channel.close();
            } catch (IOException ignored) {
                // nothing more can be saved; the vectors in memory stay
            }
            file = null;
        }
    }
}
