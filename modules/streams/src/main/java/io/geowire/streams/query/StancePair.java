package io.geowire.streams.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** One row of GET /api/stance/pairs. */
public record StancePair(String actor, String target, double score, long count) {

    /** The order of the list: most events first, then by actor and target. */
    public static final Comparator<StancePair> ORDER = Comparator.comparingLong(StancePair::count).reversed()
            .thenComparing(StancePair::actor).thenComparing(StancePair::target);

    /** The whole list from each instance's part (a pair lives in exactly one partition). */
    public static List<StancePair> merge(Collection<? extends Collection<StancePair>> parts) {
        return Merging.concatSorted(parts, ORDER);
    }
}
