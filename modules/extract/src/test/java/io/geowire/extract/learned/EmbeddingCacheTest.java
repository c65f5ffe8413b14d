package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    /** A deterministic stand-in for an encoder that records what it was asked to encode. */
    static final class CountingEncoder extends NamedEncoder {
        final List<String> encoded = new ArrayList<>();

        CountingEncoder(String name) {
            super(name, 3);
        }

        @Override
        public float[][] encode(List<String> sentences) {
            encoded.addAll(sentences);
            float[][] out = new float[sentences.size()][];
            for (int i = 0; i < out.length; i++) {
                int h = sentences.get(i).hashCode();
                out[i] = new float[] {h, h >>> 8, sentences.get(i).length()};
            }
            return out;
        }
    }

    @Test
    void shouldEncodeNothingWhenSentencesWereSeenBefore() {
        CountingEncoder enc = new CountingEncoder("fake");
        CachingEncoder cached = new CachingEncoder(enc, new EmbeddingCache(100));
        float[][] first = cached.encode(List.of("Flows stopped.", "Talks resumed."));

        float[][] again = cached.encode(List.of("Talks resumed.", "Flows   stopped.\n"));

        assertThat(enc.encoded).containsExactly("Flows stopped.", "Talks resumed.");
        assertThat(again[0]).containsExactly(first[1]);
        assertThat(again[1]).containsExactly(first[0]);
    }

    @Test
    void shouldEncodeOnceWhenASentenceRepeatsWithinOneCall() {
        CountingEncoder enc = new CountingEncoder("fake");
        CachingEncoder cached = new CachingEncoder(enc, new EmbeddingCache(100));

        float[][] out = cached.encode(List.of("Flows stopped.", "Talks resumed.", "Flows  stopped.", "Flows stopped."));

        assertThat(enc.encoded).containsExactly("Flows stopped.", "Talks resumed.");
        assertThat(out[2]).containsExactly(out[0]);
        assertThat(out[3]).containsExactly(out[0]);
        assertThat(out[1]).isNotEqualTo(out[0]);
    }

    @Test
    void shouldEncodeOnceWhenASentenceRepeatsAndTheCacheKeepsNothing() {
        CountingEncoder enc = new CountingEncoder("fake");
        CachingEncoder cached = new CachingEncoder(enc, new EmbeddingCache(0));

        float[][] out = cached.encode(List.of("a b", "a b", "a b"));

        assertThat(enc.encoded).containsExactly("a b");
        assertThat(out[1]).containsExactly(out[0]);
        assertThat(out[2]).containsExactly(out[0]);
    }

    @Test
    void shouldCountHitsAndMissesWhenEncoding() {
        EmbeddingCache cache = new EmbeddingCache(100);
        CachingEncoder cached = new CachingEncoder(new CountingEncoder("fake"), cache);
        cached.encode(List.of("a b", "c d"));
        cached.encode(List.of("a b", "e f"));

        assertThat(cache.stats()).isEqualTo(new EmbeddingCache.Stats(1, 3, 3, 100));
        assertThat(cache.stats().hitRate()).isEqualTo(0.25);
    }

    @Test
    void shouldDropLeastRecentlyUsedWhenFull() {
        CountingEncoder enc = new CountingEncoder("fake");
        EmbeddingCache cache = new EmbeddingCache(2);
        CachingEncoder cached = new CachingEncoder(enc, cache);
        cached.encode(List.of("one"));
        cached.encode(List.of("two"));
        cached.encode(List.of("one"));
        cached.encode(List.of("three"));

        cached.encode(List.of("one", "two"));

        assertThat(cache.stats().size()).isEqualTo(2);
        assertThat(enc.encoded).containsExactly("one", "two", "three", "two");
    }

    @Test
    void shouldServeEmbeddingsOfAnEarlierProcessWhenPersisted(@TempDir Path dir) {
        EmbeddingCache earlier = new EmbeddingCache(100);
        earlier.persistIn(dir, "fake", 3);
        float[][] first = new CachingEncoder(new CountingEncoder("fake"), earlier).encode(List.of("x y", "z"));

        EmbeddingCache later = new EmbeddingCache(100);
        later.persistIn(dir, "fake", 3);
        CountingEncoder enc = new CountingEncoder("fake");
        float[][] again = new CachingEncoder(enc, later).encode(List.of("z", "x y"));

        assertThat(enc.encoded).isEmpty();
        assertThat(again[0]).containsExactly(first[1]);
        assertThat(later.stats().hitRate()).isEqualTo(1.0);
    }

    @Test
    void shouldStartAfreshWhenFileBelongsToAnotherEncoder(@TempDir Path dir) {
        EmbeddingCache earlier = new EmbeddingCache(100);
        earlier.persistIn(dir, "fake", 3);
        new CachingEncoder(new CountingEncoder("fake"), earlier).encode(List.of("x y"));
        Path file = dir.resolve("embeddings-fake.bin");

        EmbeddingCache other = new EmbeddingCache(100);
        other.persistIn(dir, "fake", 4);

        assertThat(other.stats().size()).isZero();
        assertThat(file).exists();
    }

    @Test
    void shouldIgnoreTornLastRecordWhenLoading(@TempDir Path dir) throws IOException {
        EmbeddingCache earlier = new EmbeddingCache(100);
        earlier.persistIn(dir, "fake", 3);
        new CachingEncoder(new CountingEncoder("fake"), earlier).encode(List.of("one", "two"));
        Path file = dir.resolve("embeddings-fake.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));

        EmbeddingCache later = new EmbeddingCache(100);
        later.persistIn(dir, "fake", 3);

        assertThat(later.stats().size()).isEqualTo(1);
    }

    @Test
    void shouldReadVectorsFromTheFileWhenTheCorpusOutgrowsTheMemory(@TempDir Path dir) {
        List<String> corpus = List.of("one", "two", "three", "four", "five");
        EmbeddingCache earlier = new EmbeddingCache(2);
        earlier.persistIn(dir, "fake", 3);
        float[][] first = new CachingEncoder(new CountingEncoder("fake"), earlier).encode(corpus);

        EmbeddingCache later = new EmbeddingCache(2);
        later.persistIn(dir, "fake", 3);
        CountingEncoder enc = new CountingEncoder("fake");
        float[][] again = new CachingEncoder(enc, later).encode(corpus);

        assertThat(enc.encoded).isEmpty();
        assertThat(again).isDeepEqualTo(first);
        assertThat(later.stats().size()).isEqualTo(5);
    }

    @Test
    void shouldStopGrowingTheFileWhenItHoldsItsBound(@TempDir Path dir) {
        List<String> corpus = List.of("one", "two", "three", "four", "five");
        EmbeddingCache earlier = new EmbeddingCache(1, 3);
        earlier.persistIn(dir, "fake", 3);
        new CachingEncoder(new CountingEncoder("fake"), earlier).encode(corpus);

        EmbeddingCache later = new EmbeddingCache(1, 3);
        later.persistIn(dir, "fake", 3);
        CountingEncoder enc = new CountingEncoder("fake");
        new CachingEncoder(enc, later).encode(corpus);

        assertThat(enc.encoded).containsExactly("four", "five");
    }

    @Test
    void shouldKeepLaterRecordsReadableWhenAppendingAfterATornRecord(@TempDir Path dir) throws IOException {
        EmbeddingCache earlier = new EmbeddingCache(100);
        earlier.persistIn(dir, "fake", 3);
        float[][] first = new CachingEncoder(new CountingEncoder("fake"), earlier).encode(List.of("one", "two"));
        Path file = dir.resolve("embeddings-fake.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        EmbeddingCache middle = new EmbeddingCache(100);
        middle.persistIn(dir, "fake", 3);
        float[][] added = new CachingEncoder(new CountingEncoder("fake"), middle).encode(List.of("three"));

        EmbeddingCache later = new EmbeddingCache(100);
        later.persistIn(dir, "fake", 3);
        CountingEncoder enc = new CountingEncoder("fake");
        float[][] again = new CachingEncoder(enc, later).encode(List.of("one", "three"));

        assertThat(enc.encoded).isEmpty();
        assertThat(again[0]).containsExactly(first[0]);
        assertThat(again[1]).containsExactly(added[0]);
    }

    /** The cache is exact only if the encoder gives a sentence the same vector alone and among others. */
    @Test
    void shouldGiveSameVectorAloneAndInBatchWhenEncodingWithMiniLm() {
        MiniLmEncoder enc = MiniLmEncoder.shared();
        String s = "Oil exports through the Caspian pipeline were halted after a storm damaged a mooring.";

        float[] alone = enc.encode(List.of(s))[0];
        float[] inBatch = enc.encode(List.of("Short one.", s, "A much longer sentence about many other things."))[1];

        assertThat(inBatch).containsExactly(alone);
    }
}
