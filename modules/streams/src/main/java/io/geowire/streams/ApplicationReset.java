package io.geowire.streams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Resets the geowire Streams application the way Kafka's {@code kafka-streams-application-reset} tool does, so
 * the next start rebuilds every store from the input topics: deletes the group's committed offsets (Streams then
 * starts its inputs at the earliest offset), deletes the application's internal changelog and repartition topics,
 * and wipes the local state directory with {@link KafkaStreams#cleanUp()}. Refuses while any instance of the
 * application is a member of its group, because a running instance would keep (and re-commit) its old state.
 * <p>Internal topics are named from the topology itself ({@code <application.id>-<store>-changelog} and
 * {@code <application.id>-<name>-repartition}), not matched by prefix, so another application whose id merely
 * starts with this one's keeps its topics.
 */
public final class ApplicationReset {

    private static final long TIMEOUT_SECONDS = 60;

    /** Where the inputs start after the reset. */
    public enum Start {
        /** Reprocess everything on the input topics (the default of the Kafka tool). */
        EARLIEST,
        /** Skip what the input topics hold now: the state will reflect only what is produced from here on. */
        LATEST
    }

    /** What a reset did, for the operator's log. */
    public record Report(String applicationId, List<String> deletedTopics, boolean offsetsDeleted,
            Start start, long skippedOffsets) {
    }

    private ApplicationReset() {
    }

    public static Report reset(Admin admin, StreamsSettings settings, TopologyOptions options, Start start)
            throws InterruptedException, ExecutionException, TimeoutException {
        String appId = settings.applicationId();
        requireNoActiveMembers(admin, appId);
        boolean offsetsDeleted = deleteGroup(admin, appId);
        Topology topology = GeowireTopology.build(options);
        List<String> deleted = deleteInternalTopics(admin, internalTopics(appId, topology));
        long skipped = start == Start.LATEST ? commitLatest(admin, appId, inputTopics(options)) : 0;
        cleanLocalState(topology, settings);
        return new Report(appId, deleted, offsetsDeleted, start, skipped);
    }

    /** Changelog and repartition topics of this topology under the given application id, sorted. */
    public static List<String> internalTopics(String applicationId, Topology topology) {
        Set<String> names = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    p.stores().forEach(s -> names.add(applicationId + "-" + s + "-changelog"));
                }
                if (node instanceof TopologyDescription.Source s && s.topicSet() != null) {
                    s.topicSet().stream().filter(t -> t.endsWith("-repartition"))
                            .forEach(t -> names.add(applicationId + "-" + t));
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static List<String> inputTopics(TopologyOptions options) {
        return List.of(options.topics().articles(), options.topics().events(), options.topics().deadLetters());
    }

    private static void requireNoActiveMembers(Admin admin, String appId)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(appId)).describedGroups()
                    .get(appId).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!group.members().isEmpty()) {
                throw new IllegalStateException("application " + appId + " still has " + group.members().size()
                        + " running instance(s): stop every instance before a reset (members: "
                        + group.members().stream().map(m -> m.host()).toList() + ")");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }

    private static boolean deleteGroup(Admin admin, String appId)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            admin.deleteConsumerGroups(List.of(appId)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return false;
            }
            throw e;
        }
    }

    private static List<String> deleteInternalTopics(Admin admin, List<String> candidates)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<String> present = candidates.stream().filter(existing::contains).toList();
        if (present.isEmpty()) {
            return present;
        }
        admin.deleteTopics(present).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        // Streams recreates these topics at start; doing so while the deletion is still in flight fails
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                .anyMatch(present::contains)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("internal topics still listed after deletion: " + present);
            }
            Thread.sleep(100);
        }
        return present;
    }

    private static long commitLatest(Admin admin, String appId, Collection<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        try {
            Map<String, TopicDescription> described =
                    admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            described.values().forEach(d -> d.partitions().forEach(
                    p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0;
            }
            throw e;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        long[] skipped = {0};
        admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).forEach((tp, info) -> {
            offsets.put(tp, new OffsetAndMetadata(info.offset()));
            skipped[0] += info.offset();
        });
        admin.alterConsumerGroupOffsets(appId, offsets).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return skipped[0];
    }

    /** KafkaStreams#cleanUp needs an instance that never started: make one just for that. */
    private static void cleanLocalState(Topology topology, StreamsSettings settings) {
        try (KafkaStreams streams = new KafkaStreams(topology, StreamsConfigFactory.create(settings))) {
            streams.cleanUp();
        }
    }
}
