package io.geowire.streams.internal;

import io.geowire.model.avro.ClusterMember;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Which clusters an event could join, without decoding every cluster of its corroboration key.
 * <ul>
 *   <li>"D|KEY|YYYY-MM-DD|CLUSTER": a member dated to that day. A day-dated event can only match such a
 *       member within the date gap, so a range scan over [day - gap, day + gap] finds them.</li>
 *   <li>"U|KEY|CLUSTER": the cluster has a member without a day (undated or month only): always a candidate.</li>
 * </ul>
 * An event without a day of its own compares with every cluster of the key (the date cannot rule any out).
 */
final class CandidateIndex {

    private static final StringSerializer KEYS = new StringSerializer();

    private CandidateIndex() {
    }

    /** The index entry one member adds. */
    public static String entry(String key, ClusterMember member, String clusterId) {
        LocalDate day = EventDates.isDay(member.getDate()) ? EventDates.start(member.getDate()) : null;
        return day == null ? "U|" + key + "|" + clusterId : "D|" + key + "|" + day + "|" + clusterId;
    }

    public static Set<String> candidates(KeyValueStore<String, String> index, String key, ClusterMember member,
            int maxGapDays) {
        Set<String> ids = new TreeSet<>();
        if (EventDates.isDay(member.getDate())) {
            LocalDate day = EventDates.start(member.getDate());
            String from = "D|" + key + "|" + day.minusDays(maxGapDays);
            String to = "D|" + key + "|" + day.plusDays(maxGapDays) + "|\uffff";
            collect(index.range(from, to), ids);
            collect(index.prefixScan("U|" + key + "|", KEYS), ids);
        } else {
            collect(index.prefixScan("D|" + key + "|", KEYS), ids);
            collect(index.prefixScan("U|" + key + "|", KEYS), ids);
        }
        return ids;
    }

    private static void collect(KeyValueIterator<String, String> it, Set<String> ids) {
        try (it) {
            it.forEachRemaining(kv -> ids.add(kv.value));
        }
    }
}
