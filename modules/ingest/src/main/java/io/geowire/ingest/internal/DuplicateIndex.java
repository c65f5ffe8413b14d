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
 * <p>It lives as long as the run (a watching {@code run} process: for good), so it grows by every article and is
 * kept in flat arrays: signatures end to end in one int array, and the band buckets as an open-addressing table of
 * band keys whose entries (article numbers) are chained in arrays, in the order they were added: 3.6 KB per article
 * (hashes and ids included) instead of 7.6 KB with a map of boxed keys to lists of boxed numbers (measured over
 * 20,000 articles). Lookups see the candidates in the same order, so the answers are the same.
 */
final class DuplicateIndex {
    private static final int ROWS = 3;
    private static final int MIN_SHINGLES = 15;
    private static final int BANDS = Fingerprints.HASHES / ROWS;

    private final double threshold;
    private final Map<String, String> byHash = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    /** Signature of article k at [k * HASHES, (k + 1) * HASHES). */
    private int[] signatures = new int[64 * Fingerprints.HASHES];
    private final BandBuckets buckets = new BandBuckets();

    public DuplicateIndex(double threshold) {
        this.threshold = threshold;
    }

    /** The id of an earlier article this one duplicates, or null, in which case this one is remembered. */
    public synchronized String check(String id, String contentHash, long[] shingles) {
        String exact = byHash.get(contentHash);
        if (exact != null) {
            return exact;
        }
        byHash.put(contentHash, id);
        if (shingles.length < MIN_SHINGLES) {
            return null; // too little structure to tell a copy from a coincidence
        }
        int[] sig = Fingerprints.minHash(shingles);
        String near = nearest(sig);
        if (near != null) {
            return near;
        }
        int index = ids.size();
        if ((index + 1) * Fingerprints.HASHES > signatures.length) {
            signatures = Arrays.copyOf(signatures, signatures.length * 2);
        }
        System.arraycopy(sig, 0, signatures, index * Fingerprints.HASHES, Fingerprints.HASHES);
        ids.add(id);
        for (int band = 0; band < BANDS; band++) {
            buckets.add(bandKey(sig, band), index);
        }
        return null;
    }

    private String nearest(int[] sig) {
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
        return bestId;
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
