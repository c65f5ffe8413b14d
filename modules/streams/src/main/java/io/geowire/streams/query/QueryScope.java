package io.geowire.streams.query;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * Which of this instance's store partitions a local answer may read: every partition it runs actively (the
 * normal case), or the listed topic partitions from active or standby copies, which may lag (the failover
 * case, when the active instance does not answer).
 *
 * @param standby null for "active partitions only"; else the topic partitions to read, standbys allowed
 */
public record QueryScope(Set<TopicPartition> standby) {

    public static final QueryScope ACTIVE = new QueryScope(null);

    public QueryScope {
        standby = standby == null ? null : Set.copyOf(standby);
    }

    public static QueryScope standby(Set<TopicPartition> partitions) {
        return new QueryScope(partitions);
    }

    public boolean isActive() {
        return standby == null;
    }

    /** {@code topic@partition} joined by commas (topic names contain neither); empty for the active scope. */
    public String encode() {
        if (standby == null) {
            return "";
        }
        return standby.stream().map(tp -> tp.topic() + "@" + tp.partition()).sorted()
                .collect(Collectors.joining(","));
    }

    /** The inverse of {@link #encode()}; blank or null is the active scope. */
    public static QueryScope decode(String text) {
        if (text == null || text.isBlank()) {
            return ACTIVE;
        }
        return standby(Arrays.stream(text.split(",")).map(String::strip).map(QueryScope::partition)
                .collect(Collectors.toSet()));
    }

    private static TopicPartition partition(String item) {
        int at = item.lastIndexOf('@');
        if (at <= 0 || at == item.length() - 1) {
            throw new IllegalArgumentException("not topic@partition: '" + item + "'");
        }
        try {
            return new TopicPartition(item.substring(0, at), Integer.parseInt(item.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not topic@partition: '" + item + "'", e);
        }
    }
}
