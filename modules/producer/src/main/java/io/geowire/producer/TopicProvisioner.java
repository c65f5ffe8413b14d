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

/**
 * Creates geowire's topics if they are missing, and the compacted topic of the live sources' positions. Partitions: enough for a few Streams instances to
 * share the work; replication: as many copies as the cluster allows, up to three.
 */
public final class TopicProvisioner {

    /** Three partitions let up to three Streams instances share the load on a small cluster. */
    public static final int DEFAULT_PARTITIONS = 3;

    private TopicProvisioner() {
    }

    /** Creates the missing topics and returns the names it created. */
    public static List<String> ensureTopics(Admin admin, Topics topics, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
        short replication = (short) Math.max(1, Math.min(3, brokers));
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String name : topics.all()) {
            if (!existing.contains(name)) {
                missing.add(new NewTopic(name, partitions, replication));
            }
        }
        if (!existing.contains(topics.sourcePositions())) {
            // only the last position of each item matters; one partition keeps reading them back simple
            missing.add(new NewTopic(topics.sourcePositions(), 1, replication)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
        }
        return missing.stream().map(NewTopic::name).toList();
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
