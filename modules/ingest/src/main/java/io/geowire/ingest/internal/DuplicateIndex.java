package io.geowire.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles seen in one run: exact duplicates by content hash, near duplicates (spun copies included) by MinHash
 * of stopword shingles, found through locality-sensitive hashing (bands of rows) so that each lookup touches only
 * likely candidates instead of every earlier article.
 */
final class DuplicateIndex {
    private static final int ROWS = 3;
    private static final int MIN_SHINGLES = 15;

    private final double threshold;
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

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
        int index = signatures.size();
        signatures.add(sig);
        ids.add(id);
        for (int band = 0; (band + 1) * ROWS <= sig.length; band++) {
            buckets.computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>()).add(index);
        }
        return null;
    }

    private String nearest(int[] sig) {
        double best = threshold;
        String bestId = null;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int band = 0; (band + 1) * ROWS <= sig.length; band++) {
            for (int candidate : buckets.getOrDefault(bandKey(sig, band), List.of())) {
                if (seen.add(candidate)) {
                    double s = Fingerprints.similarity(sig, signatures.get(candidate));
                    if (s >= best) {
                        best = s;
                        bestId = ids.get(candidate);
                    }
                }
            }
        }
        return bestId;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = Fingerprints.mix(h * 31 + sig[i]);
        }
        return h;
    }
}
