package io.geowire.streams.internal;

import io.geowire.model.avro.ClusterMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Which members of which clusters an event could match, found by range scans instead of reading every cluster of
 * its corroboration key. One entry per member, filed under the day its date interval is known by, value the
 * member's key in the member store ({@link ClusterMembers}):
 * <ul>
 *   <li>"d|KEY|DAY|CLUSTER|N": a member dated to a day;</li>
 *   <li>"m|KEY|DAY|CLUSTER|N": a member dated to a month, under the month's first day;</li>
 *   <li>"p|KEY|DAY|CLUSTER|N": an undated member, under its publication day (it lies anywhere up to it);</li>
 *   <li>"u|KEY|CLUSTER|N": an undated member without a publication date (it could lie anywhere).</li>
 * </ul>
 * plus "a|KEY|ARTICLE|CLUSTER" -> cluster id: the article already has a member in that cluster, which rules the
 * cluster out. DAY is {@link HistoryKeys#day} (sortable). A member more than the date gap away from the event can
 * never match ({@link CorroborationRules}), so each scan covers the event's own date interval widened by the gap
 * (for month entries by another month): what an event costs depends on how many members lie near its date, not on
 * how many the key or the cluster has. Only an event without any date (nor a publication date) still reads all.
 * <p>Entries written before the member store existed ("D|KEY|YYYY-MM-DD|CLUSTER", "U|KEY|CLUSTER" -> cluster id)
 * are still scanned: their clusters carry their members in the value ({@link #legacy}).
 */
final class CandidateIndex {

    /** What a member's date interval can cover beyond its first day when it is a month. */
    private static final int MONTH_DAYS = 31;
    private static final String END = "\uffff";
    private static final StringSerializer KEYS = new StringSerializer();

    /** Members worth comparing, by cluster id (sorted, which settles ties), and clusters the event cannot join. */
    record Candidates(Map<String, List<String>> members, Set<String> excluded) {
    }

    private CandidateIndex() {
    }

    /** Files one member of a cluster: its date entry and its article's entry. */
    static void add(KeyValueStore<String, String> index, String key, ClusterMember member, String clusterId,
            String memberKey, int number) {
        index.put(dateEntry(key, member) + "|" + clusterId + "|" + number, memberKey);
        index.put(articlePrefix(key, member.getArticleId()) + clusterId, clusterId);
    }

    private static String dateEntry(String key, ClusterMember member) {
        LocalDate start = EventDates.start(member.getDate());
        if (start != null) {
            return (EventDates.isDay(member.getDate()) ? "d|" : "m|") + key + "|" + HistoryKeys.day(start.toEpochDay());
        }
        LocalDate published = EventDates.start(member.getPublished());
        return published == null ? "u|" + key : "p|" + key + "|" + HistoryKeys.day(published.toEpochDay());
    }

    static Candidates candidates(KeyValueStore<String, String> index, String key, ClusterMember event, int maxGapDays) {
        Map<String, List<String>> members = new TreeMap<>();
        LocalDate start = EventDates.start(event.getDate());
        LocalDate published = EventDates.start(event.getPublished());
        Long from = start == null ? null : start.toEpochDay() - maxGapDays;
        Long to = start != null ? Long.valueOf(EventDates.end(event.getDate()).toEpochDay() + maxGapDays)
                : published == null ? null : published.toEpochDay() + maxGapDays;
        collectMembers(range(index, "d|" + key, from, to), members);
        collectMembers(range(index, "m|" + key, from == null ? null : from - MONTH_DAYS, to), members);
        collectMembers(range(index, "p|" + key, from, null), members);
        collectMembers(index.prefixScan("u|" + key + "|", KEYS), members);
        Set<String> excluded = new TreeSet<>();
        try (KeyValueIterator<String, String> it = index.prefixScan(articlePrefix(key, event.getArticleId()), KEYS)) {
            it.forEachRemaining(kv -> excluded.add(kv.value));
        }
        return new Candidates(members, excluded);
    }

    /** Clusters written before the member store (members in the value), by the old entries; see the class comment. */
    static Set<String> legacy(KeyValueStore<String, String> index, String key, ClusterMember event, int maxGapDays) {
        Set<String> ids = new TreeSet<>();
        if (EventDates.isDay(event.getDate())) {
            LocalDate day = EventDates.start(event.getDate());
            collectIds(index.range("D|" + key + "|" + day.minusDays(maxGapDays),
                    "D|" + key + "|" + day.plusDays(maxGapDays) + "|" + END), ids);
        } else {
            collectIds(index.prefixScan("D|" + key + "|", KEYS), ids);
        }
        collectIds(index.prefixScan("U|" + key + "|", KEYS), ids);
        return ids;
    }

    /** The entries under {@code prefix} whose day lies in [from, to]; a null bound is open. */
    private static KeyValueIterator<String, String> range(KeyValueStore<String, String> index, String prefix,
            Long from, Long to) {
        String lower = from == null ? prefix + "|" : prefix + "|" + HistoryKeys.day(from);
        String upper = to == null ? prefix + "|" + END : prefix + "|" + HistoryKeys.day(to) + "|" + END;
        return index.range(lower, upper);
    }

    private static String articlePrefix(String key, String articleId) {
        return "a|" + key + "|" + articleId + "|";
    }

    /** Entry keys end in CLUSTER|N; the value is the member's key. */
    private static void collectMembers(KeyValueIterator<String, String> it, Map<String, List<String>> members) {
        try (it) {
            it.forEachRemaining(kv -> {
                int n = kv.key.lastIndexOf('|');
                String clusterId = kv.key.substring(kv.key.lastIndexOf('|', n - 1) + 1, n);
                members.computeIfAbsent(clusterId, c -> new ArrayList<>()).add(kv.value);
            });
        }
    }

    private static void collectIds(KeyValueIterator<String, String> it, Set<String> ids) {
        try (it) {
            it.forEachRemaining(kv -> ids.add(kv.value));
        }
    }
}
