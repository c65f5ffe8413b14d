package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

    private static final double THRESHOLD = 0.8;

    /** Shingles of a made-up article: {@code seed} decides them, so the same seed is the same text. */
    private static long[] shingles(int seed) {
        Random random = new Random(seed);
        long[] shingles = new long[60];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = random.nextLong();
        }
        return shingles;
    }

    @Test
    void shouldFindANearCopyWhenTheOriginalIsInThePreviousGeneration() {
        DuplicateIndex index = new DuplicateIndex(THRESHOLD, 3);
        assertThat(index.check("original", "h0", shingles(0))).isNull();
        for (int n = 1; n <= 3; n++) {
            assertThat(index.check("other-" + n, "h" + n, shingles(n))).isNull();
        }
        // the original's generation is now the older one: a copy (same shingles, another hash) still finds it
        assertThat(index.check("copy", "copy-hash", shingles(0))).isEqualTo("original");
        assertThat(index.check("exact", "h0", new long[0])).isEqualTo("original");
    }

    @Test
    void shouldForgetArticlesWhenTwoNewerGenerationsFollowedThem() {
        DuplicateIndex index = new DuplicateIndex(THRESHOLD, 3);
        index.check("original", "h0", shingles(0));
        for (int n = 1; n <= 6; n++) {
            index.check("other-" + n, "h" + n, shingles(n));
        }
        assertThat(index.remembered()).as("at most two generations").isLessThanOrEqualTo(6);
        assertThat(index.check("copy", "copy-hash", shingles(0))).as("older than the window").isNull();
        assertThat(index.check("exact", "h0", shingles(0))).as("the copy remembered in its place").isEqualTo("copy");
    }

    @Test
    void shouldPreferTheMoreSimilarArticleWhenTheOlderGenerationHoldsIt() {
        DuplicateIndex index = new DuplicateIndex(0.3, 2);
        long[] base = shingles(42);
        long[] near = base.clone(); // 12 of 60 shingles changed: Jaccard with base 0.67
        long[] loose = base.clone(); // 25 others changed: Jaccard with base 0.41, with near 0.24 (not a copy of it)
        for (int i = 0; i < 12; i++) {
            near[i] = 1_000 + i;
        }
        for (int i = 12; i < 37; i++) {
            loose[i] = 2_000 + i;
        }
        assertThat(index.check("near", "a", near)).isNull();
        assertThat(index.check("filler", "b", shingles(7))).isNull();
        assertThat(index.check("loose", "c", loose)).as("starts the newer generation, no copy of near").isNull();
        assertThat(index.check("probe", "d", base)).isEqualTo("near");
    }
}
