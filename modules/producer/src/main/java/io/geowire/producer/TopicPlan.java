package io.geowire.producer;

/**
 * How geowire's topics are created on the cluster it finds: as many copies as the cluster allows, up to three, and
 * an {@code acks=all} write needs all copies but one, so one broker may be down without stopping the pipeline.
 *
 * @param brokers           live brokers the cluster reported
 * @param partitions        partitions per topic
 * @param replicationFactor copies of each partition: {@code min(3, brokers)}
 * @param minInSyncReplicas copies an {@code acks=all} write needs: one less than the replication factor, at least 1
 */
public record TopicPlan(int brokers, int partitions, short replicationFactor, int minInSyncReplicas) {

    /** Three copies survive one broker loss with a spare, which is the usual production choice. */
    static final int MAX_REPLICATION = 3;

    public TopicPlan {
        if (brokers < 1) {
            throw new IllegalArgumentException("a cluster has at least one broker, was " + brokers);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }

    /**
     * The plan for a cluster of {@code brokers}. With RF 3, min ISR 2 keeps writes going with one broker down and
     * refuses them (rather than keeping a single copy) with two down; with RF 2, min ISR 1 keeps a two-broker cluster
     * writable through a broker restart, at the price of a window with one copy; one broker can only have one copy.
     */
    public static TopicPlan forCluster(int brokers, int partitions) {
        short replication = (short) Math.max(1, Math.min(MAX_REPLICATION, brokers));
        int minInSync = replication > 1 ? replication - 1 : 1;
        return new TopicPlan(brokers, partitions, replication, minInSync);
    }

    /** One line for the log: what was chosen and why. */
    public String describe() {
        return partitions + " partitions, replication factor " + replicationFactor + ", min.insync.replicas "
                + minInSyncReplicas + " (the cluster has " + brokers + (brokers == 1 ? " broker)" : " brokers)");
    }
}
