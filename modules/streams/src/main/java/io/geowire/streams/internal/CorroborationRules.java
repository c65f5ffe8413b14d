package io.geowire.streams.internal;

import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import java.time.LocalDate;
import java.util.Set;

/**
 * Decides whether an extracted event reports the same real-world event as a cluster (the corroboration
 * key already matched). An event matches a cluster when, for some member of the cluster:
 * <ol>
 *   <li>the member comes from another article (an article lists each distinct event once), and</li>
 *   <li>their dates are compatible: the gap between their date intervals is at most {@code maxGapDays}
 *       ("YYYY-MM" spans its month; an undated event lies anywhere up to its publication date), and</li>
 *   <li>their evidence overlaps enough: {@code datedSimilarity} when both have a date of their own
 *       (the dates already agree, so little textual overlap is needed), else {@code undatedSimilarity}.</li>
 * </ol>
 * A cluster that has any member from the event's article is not a candidate. The best-scoring
 * cluster wins (single linkage: the best member counts).
 */
public record CorroborationRules(int maxGapDays, double datedSimilarity, double undatedSimilarity) {

    /** The match score in [0, 1], or a negative number when the event cannot join the cluster. */
    public double score(CorroboratedCluster cluster, ClusterMember event) {
        Set<String> words = Similarity.words(event.getEvidence());
        double best = -1;
        for (ClusterMember m : cluster.getMembers()) {
            if (m.getArticleId().equals(event.getArticleId())) {
                return -1;
            }
            best = Math.max(best, score(m, event, words));
        }
        return best;
    }

    double score(ClusterMember member, ClusterMember event, Set<String> eventWords) {
        return score(Profile.of(member), Profile.of(event, eventWords));
    }

    /** As {@link #score(ClusterMember, ClusterMember, Set)}, on what was read of both once. */
    double score(Profile member, Profile event) {
        if (gapDays(member, event) > maxGapDays) {
            return -1;
        }
        double similarity = Similarity.overlap(member.words(), event.words());
        double needed = member.dated() && event.dated() ? datedSimilarity : undatedSimilarity;
        return similarity >= needed ? similarity : -1;
    }

    /**
     * What the rule reads of a member, worked out once: its possible date interval in epoch days, whether it has a
     * date of its own, and its content words. A member never changes once filed, so this can be kept for it.
     */
    record Profile(long start, long end, boolean dated, Set<String> words) {

        static Profile of(ClusterMember m) {
            return of(m, Similarity.words(m.getEvidence()));
        }

        static Profile of(ClusterMember m, Set<String> words) {
            LocalDate start = EventDates.start(m.getDate());
            if (start != null) {
                return new Profile(start.toEpochDay(), EventDates.end(m.getDate()).toEpochDay(), true, words);
            }
            LocalDate published = EventDates.start(m.getPublished());
            return new Profile(Long.MIN_VALUE / 4, published == null ? Long.MAX_VALUE / 4 : published.toEpochDay(),
                    false, words);
        }
    }

    /** Days between the two events' possible date intervals; 0 when they overlap. */
    static long gapDays(ClusterMember a, ClusterMember b) {
        return gapDays(Profile.of(a, Set.of()), Profile.of(b, Set.of()));
    }

    private static long gapDays(Profile x, Profile y) {
        if (x.end() < y.start()) {
            return y.start() - x.end();
        }
        if (y.end() < x.start()) {
            return x.start() - y.end();
        }
        return 0;
    }
}
