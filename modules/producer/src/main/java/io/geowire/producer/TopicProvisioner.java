package io.geowire.producer;

import io.geowire.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates geowire's topics if they are missing, and the compacted topic of the live sources' positions. Partitions: enough for a few Streams instances to
 * share the work; replication and {@code min.insync.replicas}: suited to the cluster it finds ({@link TopicPlan}).
 * It logs what it chose; topics that already exist are left as they are.
 */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    /** Three partitions let up to three Streams instances share the load on a small cluster. */
    public static final int DEFAULT_PARTITIONS = 3;

    private TopicProvisioner() {
    }

    /** Creates the missing topics and returns the names it created. */
    public static List<String> ensureTopics(Admin admin, Topics topics, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<String> missingNames = new ArrayList<>(topics.all().stream().filter(name -> !existing.contains(name)).toList());
        boolean positionsMissing = !existing.contains(topics.sourcePositions());
        if (missingNames.isEmpty() && !positionsMissing) {
            return List.of();
        }
        // asked only now: a broker that is down at this moment would otherwise lower the replication for good
        TopicPlan plan = plan(admin, partitions);
        List<NewTopic> missing = new ArrayList<>();
        for (String name : missingNames) {
            missing.add(new NewTopic(name, partitions, plan.replicationFactor()).configs(Map.of(
                    TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(plan.minInSyncReplicas()))));
        }
        if (positionsMissing) {
            // only the last position of each item matters; one partition keeps reading them back simple
            missing.add(new NewTopic(topics.sourcePositions(), 1, plan.replicationFactor()).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(plan.minInSyncReplicas()))));
            missingNames.add(topics.sourcePositions());
        }
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        awaitLeaders(admin, missingNames);
        LOG.info("created topics {}: {}", missingNames, plan.describe());
        return missingNames;
    }

    /** The plan for the cluster {@code admin} talks to, as {@link #ensureTopics} would create topics now. */
    public static TopicPlan plan(Admin admin, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
        return TopicPlan.forCluster(brokers, partitions);
    }

    /** A created topic is usable only once every partition has a leader; until then clients see no partitions. */
    private static void awaitLeaders(Admin admin, List<String> names)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                boolean ready = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null));
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            Thread.sleep(50);
        }
        throw new TimeoutException("topics " + names + " have no leaders after 30 s");
    }
}
