package io.geowire.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.live.LiveItem;
import io.geowire.model.ClientConfigs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Where each live source stands, kept in the compacted {@code source-positions} topic: one record per item
 * version produced, written in the same transaction as the item's articles, keyed by {@code [source, item]} (a
 * JSON array, unambiguous whatever the names hold), valued {@code {"version", "articles", "statuses", "at"}}.
 * Reading the topic back (read_committed) gives the version of every item already produced: an item whose
 * transaction committed is there, one whose transaction died with its process is not.
 */
public final class SourcePositions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Version of each produced item, by {@link #key}. Read by the sources' threads, written by the producer's. */
    private final Map<String, String> versions = new ConcurrentHashMap<>();
    private final String topic;

    private SourcePositions(String topic) {
        this.topic = topic;
    }

    /**
     * Reads the whole topic up to its last committed record. Call it only after the producer that writes the
     * positions has initialised its transactions: that aborts what an earlier instance left open, which would
     * otherwise hold read_committed readers back until its transaction timed out.
     */
    public static SourcePositions read(ClientConfigs configs, String topic, Duration timeout) {
        SourcePositions positions = new SourcePositions(topic);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(configs.readCommittedConsumer(null))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    positions.load(r);
                }
            }
        }
        return positions;
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void load(ConsumerRecord<String, byte[]> r) {
        if (r.key() == null) {
            return;
        }
        if (r.value() == null) {
            versions.remove(r.key()); // a tombstone: forgotten, will be produced again
            return;
        }
        try {
            versions.put(r.key(), JSON.readTree(r.value()).path("version").asText());
        } catch (java.io.IOException e) {
            // not ours to judge: a record we cannot read is no position, so the item is produced again
        }
    }

    public static String key(String sourceId, String itemKey) {
        ArrayNode key = JSON.createArrayNode().add(sourceId).add(itemKey);
        return key.toString();
    }

    public boolean isKnown(String sourceId, String itemKey, String version) {
        return version.equals(versions.get(key(sourceId, itemKey)));
    }

    public int size() {
        return versions.size();
    }

    /** The record that marks {@code item} produced, as these articles with these statuses, for its transaction. */
    ProducerRecord<String, byte[]> record(LiveItem item, List<String> articleIds, List<IngestStatus> statuses,
            Instant at) {
        ObjectNode value = JSON.createObjectNode();
        value.put("version", item.version());
        articleIds.forEach(value.putArray("articles")::add);
        ArrayNode kinds = value.putArray("statuses");
        statuses.forEach(s -> kinds.add(s.name()));
        value.put("at", at.toString());
        try {
            return new ProducerRecord<>(topic, null, at.toEpochMilli(), key(item.sourceId(), item.itemKey()),
                    JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a position is plain JSON", e);
        }
    }

    /** Called once the item's transaction committed. */
    void produced(LiveItem item) {
        versions.put(key(item.sourceId(), item.itemKey()), item.version());
    }
}
