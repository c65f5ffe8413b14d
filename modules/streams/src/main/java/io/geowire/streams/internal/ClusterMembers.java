package io.geowire.streams.internal;

import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Keys of the member store (corroboration-cluster-members): every member of a corroborated event is one entry,
 * {@code <corroboration key>|<cluster id>|<arrival number, ten digits>}, so a prefix scan lists a cluster's members
 * in arrival order and a new member is one small write, whatever the cluster's size.
 */
public final class ClusterMembers {

    private static final int WIDTH = 10;

    private ClusterMembers() {
    }

    /** The key of the {@code number}th member (from 0) of the cluster stored under {@code clusterKey}. */
    public static String key(String clusterKey, int number) {
        String digits = Integer.toString(number);
        return prefix(clusterKey) + "0".repeat(Math.max(0, WIDTH - digits.length())) + digits;
    }

    public static String prefix(String clusterKey) {
        return clusterKey + "|";
    }

    /**
     * Every member of the cluster in arrival order: from the member store, or from the value itself when it was
     * written before that store existed (memberCount 0).
     */
    public static List<ClusterMember> of(ReadOnlyKeyValueStore<String, ClusterMember> store,
            CorroboratedCluster cluster) {
        if (cluster.getMemberCount() == 0) {
            return List.copyOf(cluster.getMembers());
        }
        List<ClusterMember> members = new ArrayList<>(cluster.getMemberCount());
        try (KeyValueIterator<String, ClusterMember> it = store.prefixScan(
                prefix(storeKey(cluster.getKey(), cluster.getId())), new StringSerializer())) {
            it.forEachRemaining(kv -> members.add(kv.value));
        }
        return members;
    }

    /** The key of a cluster in corroboration-clusters. */
    public static String storeKey(String corroborationKey, String clusterId) {
        return corroborationKey + "|" + clusterId;
    }
}
