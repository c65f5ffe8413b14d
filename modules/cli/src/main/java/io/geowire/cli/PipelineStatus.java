package io.geowire.cli;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.DeadLetter;
import io.geowire.streams.GeowireTopology;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.streams.TopologyDescription;

/**
 * What {@code status} shows, read from the cluster alone (no instance needs to answer): the Streams group's
 * members and their tasks, lag per input topic, when the last event was produced, and the recent dead letters.
 *
 * @param groupState     the consumer group's state (Stable, PreparingRebalance, Empty, Dead ...)
 * @param instances      the application's processes, each with its stream threads' tasks
 * @param lag            per input topic: end offset, committed offset and lag, summed over partitions
 * @param lastEvent      production time of the newest record on the events topic; null when it is empty
 * @param deadLetters    dead letters written in the last {@code window}, by stage
 * @param window         how far back dead letters are counted
 */
record PipelineStatus(String applicationId, String groupState, List<Instance> instances, List<TopicLag> lag,
        Instant lastEvent, Map<String, Long> deadLetters, Duration window) {

    /** One process of the application: its client id prefix, host, thread count and active tasks. */
    record Instance(String client, String host, int threads, List<String> tasks) {
    }

    record TopicLag(String topic, int partitions, long endOffset, long committed, long lag) {
    }

    static final String NO_GROUP = "not found";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(500);

    long deadLetterCount() {
        return deadLetters.values().stream().mapToLong(Long::longValue).sum();
    }

    double deadLettersPerMinute() {
        return deadLetterCount() / (window.toMillis() / 60_000.0);
    }

    long totalLag() {
        return lag.stream().mapToLong(TopicLag::lag).sum();
    }

    static PipelineStatus read(ClientConfigs clients, Topics topics, String applicationId, Duration window)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(clients.admin())) {
            ConsumerGroupDescription group = group(admin, applicationId);
            List<String> inputs = List.of(topics.articles(), topics.events(), topics.deadLetters(),
                    applicationId + "-" + StoreNames.EVENTS_BY_ENTITY + "-repartition");
            Map<String, TopicDescription> described = existing(admin, inputs);
            List<TopicPartition> partitions = described.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .toList();
            Map<TopicPartition, OffsetAndMetadata> committed = group == null ? Map.of()
                    : get(admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata());
            Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
            return new PipelineStatus(applicationId, group == null ? NO_GROUP : group.groupState().toString(),
                    group == null ? List.of() : instances(group, taskNames(topics, applicationId)),
                    lag(inputs, described, ends, starts, committed),
                    lastEvent(admin, described.get(topics.events())),
                    deadLetters(clients, described.get(topics.deadLetters()), ends, window), window);
        }
    }

    /** The Streams group, or null when the cluster has none of that name (the application never ran here). */
    private static ConsumerGroupDescription group(Admin admin, String applicationId)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return get(admin.describeConsumerGroups(List.of(applicationId)).describedGroups().get(applicationId));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return null;
            }
            throw e;
        }
    }

    /** Input topics that exist (a fresh cluster may not have the repartition topic yet). */
    private static Map<String, TopicDescription> existing(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        var names = get(admin.listTopics().names());
        List<String> present = topics.stream().filter(names::contains).toList();
        return present.isEmpty() ? Map.of() : get(admin.describeTopics(present).allTopicNames());
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        Map<TopicPartition, ListOffsetsResultInfo> result = get(admin.listOffsets(request,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    /**
     * Task ids as Streams names them, {@code <subtopology>_<partition>}: a stream thread assigned partition p of a
     * topic runs the task of p in the subtopology that reads that topic (the topology is the one this CLI builds).
     */
    static Map<String, Integer> taskNames(Topics topics, String applicationId) {
        Map<String, Integer> subtopologyOf = new HashMap<>();
        TopologyDescription description = GeowireTopology.build(TopologyOptions.defaults().withTopics(topics))
                .describe();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    for (String topic : source.topicSet()) {
                        // internal topics are described without the application id in front
                        subtopologyOf.put(topic.endsWith("-repartition") ? applicationId + "-" + topic : topic,
                                sub.id());
                    }
                }
            }
        }
        return subtopologyOf;
    }

    private static List<Instance> instances(ConsumerGroupDescription group, Map<String, Integer> subtopologyOf) {
        // one member per stream thread; its client id is "<process client id>-StreamThread-<n>-consumer"
        Map<String, List<MemberDescription>> byProcess = group.members().stream()
                .collect(Collectors.groupingBy(m -> processOf(m.clientId()), TreeMap::new, Collectors.toList()));
        List<Instance> instances = new ArrayList<>();
        byProcess.forEach((process, members) -> {
            TreeSet<String> tasks = new TreeSet<>(PipelineStatus::byTaskId);
            for (MemberDescription m : members) {
                for (TopicPartition p : m.assignment().topicPartitions()) {
                    Integer sub = subtopologyOf.get(p.topic());
                    tasks.add(sub == null ? p.topic() + "-" + p.partition() : sub + "_" + p.partition());
                }
            }
            instances.add(new Instance(process, members.get(0).host(), members.size(), List.copyOf(tasks)));
        });
        return instances;
    }

    static String processOf(String clientId) {
        int thread = clientId.indexOf("-StreamThread-");
        return thread < 0 ? clientId : clientId.substring(0, thread);
    }

    private static int byTaskId(String a, String b) {
        String[] x = a.split("_");
        String[] y = b.split("_");
        if (x.length == 2 && y.length == 2 && x[0].matches("\\d+") && y[0].matches("\\d+")
                && x[1].matches("\\d+") && y[1].matches("\\d+")) {
            int bySub = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
            return bySub != 0 ? bySub : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        }
        return a.compareTo(b);
    }

    private static List<TopicLag> lag(List<String> inputs, Map<String, TopicDescription> described,
            Map<TopicPartition, Long> ends, Map<TopicPartition, Long> starts,
            Map<TopicPartition, OffsetAndMetadata> committed) {
        List<TopicLag> lags = new ArrayList<>();
        for (String topic : inputs) {
            TopicDescription d = described.get(topic);
            if (d == null) {
                continue;
            }
            long end = 0;
            long done = 0;
            for (var info : d.partitions()) {
                TopicPartition p = new TopicPartition(topic, info.partition());
                long partitionEnd = ends.getOrDefault(p, 0L);
                OffsetAndMetadata c = committed.get(p);
                // nothing committed yet: the application starts at the earliest offset
                long position = c != null ? c.offset() : starts.getOrDefault(p, 0L);
                end += partitionEnd;
                done += Math.min(position, partitionEnd);
            }
            lags.add(new TopicLag(topic, d.partitions().size(), end, done, end - done));
        }
        return lags;
    }

    /** The producer stamps every record with the time it sends it: the newest timestamp is the last event produced. */
    private static Instant lastEvent(Admin admin, TopicDescription events)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (events == null) {
            return null;
        }
        Map<TopicPartition, OffsetSpec> request = events.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(events.name(), p.partition()),
                        p -> OffsetSpec.maxTimestamp()));
        Optional<Long> newest = get(admin.listOffsets(request).all()).values().stream()
                .filter(info -> info.offset() >= 0)
                .map(ListOffsetsResultInfo::timestamp)
                .filter(t -> t >= 0)
                .max(Long::compare);
        return newest.map(Instant::ofEpochMilli).orElse(null);
    }

    /** Reads the dead letters of the last {@code window} (read_committed) and counts them by stage. */
    private static Map<String, Long> deadLetters(ClientConfigs clients, TopicDescription topic,
            Map<TopicPartition, Long> ends, Duration window) {
        Map<String, Long> byStage = new TreeMap<>();
        if (topic == null) {
            return byStage;
        }
        List<TopicPartition> partitions = topic.partitions().stream()
                .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.readCommittedConsumer(null))) {
            consumer.assign(partitions);
            long since = System.currentTimeMillis() - window.toMillis();
            Map<TopicPartition, OffsetAndTimestamp> from = consumer.offsetsForTimes(
                    partitions.stream().collect(Collectors.toMap(Function.identity(), p -> since)), CALL_TIMEOUT);
            List<TopicPartition> reading = new ArrayList<>();
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp o = from.get(p);
                if (o != null) {
                    consumer.seek(p, o.offset());
                    reading.add(p);
                }
            }
            consumer.assign(reading);
            long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
            while (!reading.isEmpty() && !caughtUp(consumer, reading, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (r.timestamp() >= since) {
                        byStage.merge(stageOf(r.value()), 1L, Long::sum);
                    }
                }
            }
        }
        return byStage;
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> ends) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= ends.getOrDefault(p, 0L));
    }

    private static String stageOf(byte[] value) {
        try {
            DeadLetter letter = Serdes.deadLetter().decode(value);
            return letter.getStage();
        } catch (RuntimeException e) {
            return "unreadable";
        }
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
