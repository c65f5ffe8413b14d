package io.geowire.streams;

import io.geowire.model.ClientConfigs;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells whether the streams application has processed everything committed to its input topics, so
 * {@code run --once} can read final numbers from the stores.
 * <p>Caught up means: for every partition of every input topic (articles, events, dead-letters and the
 * internal repartition topic, which the second sub-topology reads), the application's consumer group has
 * committed an offset at or after the partition's last stable offset (listOffsets latest with
 * read_committed). Under exactly-once the commit and the store changes are one transaction, so committed
 * offsets never run ahead of state. A committed offset may stop just before a transaction marker (the
 * marker is not a record, so nothing processes it); when a partition lags, a read_committed probe consumer
 * checks whether any record actually lies between the committed offset and the end. That consumer is made on the
 * first check that needs it and kept for the next ones (a new consumer per check connected, fetched metadata and
 * opened a fetch session every time): a check is used from one thread at a time, and {@link #close()} closes it.
 */
public final class SettleCheck implements AutoCloseable {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final String groupId;
    private final List<String> topics;
    private final ClientConfigs clients;
    private KafkaConsumer<byte[], byte[]> probe;
    private volatile long committedTotal = -1;

    public SettleCheck(String groupId, Collection<String> topics, ClientConfigs clients) {
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
        this.clients = clients;
    }

    public List<String> topics() {
        return topics;
    }

    public boolean isCaughtUp(Admin admin) {
        try {
            // committed offsets first, end offsets second: a transaction that commits between the two reads then
            // shows as lag. Read the other way round, a commit in between could advance the input offsets past the
            // first read while its repartition records were not yet in the end offsets read, and look caught up.
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> ends = endOffsets(admin);
            committedTotal = total(committed, ends);
            Map<TopicPartition, Long> lagging = new HashMap<>();
            ends.forEach((tp, end) -> {
                long position = position(committed, tp);
                if (position < end) {
                    lagging.put(tp, position);
                }
            });
            return lagging.isEmpty() || onlyMarkersRemain(lagging, ends);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new KafkaException("cannot check the lag of " + groupId, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The sum of the group's committed offsets over the input partitions at the last check (-1 before the first): it
     * grows while the application processes, so a caller waiting for it can tell a long catch-up from a stall.
     */
    public long committedTotal() {
        return committedTotal;
    }

    private static long total(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> inputs) {
        long sum = 0;
        for (TopicPartition tp : inputs.keySet()) {
            sum += position(committed, tp);
        }
        return sum;
    }

    private static long position(Map<TopicPartition, OffsetAndMetadata> committed, TopicPartition tp) {
        OffsetAndMetadata c = committed.get(tp);
        return c == null ? 0L : c.offset();
    }

    private Map<TopicPartition, Long> endOffsets(Admin admin) throws ExecutionException, InterruptedException {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        described.values().forEach(d -> d.partitions()
                .forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** True when no committed record lies between each lagging committed offset and the end. */
    private boolean onlyMarkersRemain(Map<TopicPartition, Long> lagging, Map<TopicPartition, Long> ends) {
        KafkaConsumer<byte[], byte[]> consumer = probe();
        consumer.assign(lagging.keySet());
        lagging.forEach(consumer::seek);
        long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                return false;
            }
            if (lagging.keySet().stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp))) {
                return true;
            }
        }
        return false;
    }

    private KafkaConsumer<byte[], byte[]> probe() {
        if (probe == null) {
            Map<String, Object> config = clients.readCommittedConsumer(null);
            config.put("key.deserializer", ByteArrayDeserializer.class);
            probe = new KafkaConsumer<>(config);
        }
        return probe;
    }

    /** Closes the probe consumer, if a check made one. */
    @Override
    public void close() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }
}
