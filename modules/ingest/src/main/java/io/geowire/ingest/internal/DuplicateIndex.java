package io.geowire.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles seen in one run: exact duplicates by content hash, near duplicates (spun copies included) by MinHash
 * of stopword shingles, found through locality-sensitive hashing (bands of rows) so that each lookup touches only
 * likely candidates instead of every earlier article.
 *
 * <p>It lives as long as the run (a watching {@code run} process: for good), so it remembers a bounded window: two
 * generations of at most {@link #GENERATION} articles each. When the newer one is full, the older is forgotten and
 * the newer takes its place, so an article is compared with at least the last {@code GENERATION} articles and at most
 * twice as many. Without the bound, a process on a 384 MB heap would run out of memory after
 * some 60,000 articles; with it, the memory stays under about 72 MB, which leaves the learned stage's models and the
 * Kafka clients room in that heap however long a process runs. Runs shorter than a generation get exactly the
 * answers they got before the bound.
 *
 * <p>Each generation is kept in flat arrays: signatures end to end in one int array, and the band buckets as an
 * open-addressing table of band keys whose entries (article numbers) are chained in arrays, in the order they were
 * added: 3.6 KB per article (hashes and ids included) instead of 7.6 KB with a map of boxed keys to lists of boxed
 * numbers (measured over 20,000 articles).
 */
final class DuplicateIndex {
    /** Articles per generation: news copies and spins appear within days, far inside 10,000 articles. */
    static final int GENERATION = 10_000;

    private static final int MIN_SHINGLES = 15;

    private final double threshold;
    private final int generationSize;
    private Generation older;
    private Generation newer;

    public DuplicateIndex(double threshold) {
        this(threshold, GENERATION);
    }

    DuplicateIndex(double threshold, int generationSize) {
        this.threshold = threshold;
        this.generationSize = generationSize;
        this.older = new Generation(threshold);
        this.newer = new Generation(threshold);
    }

    /** The id of an earlier article this one duplicates, or null, in which case this one is remembered. */
    public synchronized String check(String id, String contentHash, long[] shingles) {
        String exact = older.byHash.get(contentHash);
        if (exact == null) {
            exact = newer.byHash.get(contentHash);
        }
        if (exact != null) {
            return exact;
        }
        if (newer.byHash.size() >= generationSize) {
            older = newer;
            newer = new Generation(threshold);
        }
        newer.byHash.put(contentHash, id);
        if (shingles.length < MIN_SHINGLES) {
            return null; // too little structure to tell a copy from a coincidence
        }
        int[] sig = Fingerprints.minHash(shingles);
        String near = nearest(sig);
        if (near == null) {
            newer.remember(id, sig);
        }
        return near;
    }

    /** The most similar earlier article at or above the threshold; on a tie the newer generation's. */
    private String nearest(int[] sig) {
        Generation.Match old = older.nearest(sig);
        Generation.Match recent = newer.nearest(sig);
        if (recent != null && (old == null || recent.similarity() >= old.similarity())) {
            return recent.id();
        }
        return old == null ? null : old.id();
    }

    /** Articles remembered now, both generations together. */
    synchronized int remembered() {
        return older.byHash.size() + newer.byHash.size();
    }

    /** One generation: its articles' hashes, signatures and band buckets. */
    private static final class Generation {
        private static final int ROWS = 3;
        private static final int BANDS = Fingerprints.HASHES / ROWS;

        record Match(String id, double similarity) {
        }

        private final double threshold;
        private final Map<String, String> byHash = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        /** Signature of article k at [k * HASHES, (k + 1) * HASHES). */
        private int[] signatures = new int[64 * Fingerprints.HASHES];
        private final BandBuckets buckets = new BandBuckets();

        Generation(double threshold) {
            this.threshold = threshold;
        }

        void remember(String id, int[] sig) {
            int index = ids.size();
            if ((index + 1) * Fingerprints.HASHES > signatures.length) {
                signatures = Arrays.copyOf(signatures, signatures.length * 2);
            }
            System.arraycopy(sig, 0, signatures, index * Fingerprints.HASHES, Fingerprints.HASHES);
            ids.add(id);
            for (int band = 0; band < BANDS; band++) {
                buckets.add(bandKey(sig, band), index);
            }
        }

        Match nearest(int[] sig) {
            double best = threshold;
            String bestId = null;
            Set<Integer> seen = new HashSet<>();
            for (int band = 0; band < BANDS; band++) {
                for (int e = buckets.first(bandKey(sig, band)); e >= 0; e = buckets.next(e)) {
                    int candidate = buckets.article(e);
                    if (seen.add(candidate)) {
                        double s = similarity(sig, candidate);
                        if (s >= best) {
                            best = s;
                            bestId = ids.get(candidate);
                        }
                    }
                }
            }
            return bestId == null ? null : new Match(bestId, best);
        }

        /** {@link Fingerprints#similarity} of a signature and a stored one. */
        private double similarity(int[] sig, int article) {
            int offset = article * Fingerprints.HASHES;
            int same = 0;
            for (int i = 0; i < sig.length; i++) {
                if (sig[i] == signatures[offset + i]) {
                    same++;
                }
            }
            return (double) same / sig.length;
        }

        private static long bandKey(int[] sig, int band) {
            long h = band;
            for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
                h = Fingerprints.mix(h * 31 + sig[i]);
            }
            return h;
        }

        /** A multimap from band key to article numbers, each key's numbers in the order they were added. */
        private static final class BandBuckets {
            private long[] keys = new long[1024];
            private int[] heads = new int[1024];
            private int[] tails = new int[1024];
            private boolean[] used = new boolean[1024];
            private int keyCount;
            private int[] articles = new int[1024];
            private int[] nexts = new int[1024];
            private int entryCount;

            void add(long key, int article) {
                if (entryCount == articles.length) {
                    articles = Arrays.copyOf(articles, entryCount * 2);
                    nexts = Arrays.copyOf(nexts, entryCount * 2);
                }
                int e = entryCount++;
                articles[e] = article;
                nexts[e] = -1;
                int slot = slot(key);
                if (used[slot]) {
                    nexts[tails[slot]] = e;
                    tails[slot] = e;
                    return;
                }
                used[slot] = true;
                keys[slot] = key;
                heads[slot] = e;
                tails[slot] = e;
                if (++keyCount * 2 > keys.length) {
                    grow();
                }
            }

            /** The first entry of the key, or -1. */
            int first(long key) {
                int slot = slot(key);
                return used[slot] ? heads[slot] : -1;
            }

            int next(int entry) {
                return nexts[entry];
            }

            int article(int entry) {
                return articles[entry];
            }

            /** The key's slot, or the free slot where it would go. */
            private int slot(long key) {
                int mask = keys.length - 1;
                int slot = (int) Fingerprints.mix(key) & mask;
                while (used[slot] && keys[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                return slot;
            }

            private void grow() {
                long[] oldKeys = keys;
                int[] oldHeads = heads;
                int[] oldTails = tails;
                boolean[] oldUsed = used;
                keys = new long[oldKeys.length * 2];
                heads = new int[keys.length];
                tails = new int[keys.length];
                used = new boolean[keys.length];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldUsed[i]) {
                        int slot = slot(oldKeys[i]);
                        used[slot] = true;
                        keys[slot] = oldKeys[i];
                        heads[slot] = oldHeads[i];
                        tails[slot] = oldTails[i];
                    }
                }
            }
        }
    }
}
