package io.geowire.cli;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/** The committed records of the output topics (read_committed), as topic -> key -> values in offset order. */
final class OutputTopics {

    private OutputTopics() {
    }

    static Map<String, Map<String, List<String>>> read(ClientConfigs clients, Topics topics) {
        Map<String, Map<String, List<String>>> all = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.readCommittedConsumer(null))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(topics.stanceIndex(), topics.routeStatus(), topics.sanctionsLedger())) {
                all.put(Topics.ALL.get(topics.all().indexOf(topic)), new TreeMap<>());
                for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("output topics not read to their end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> all
                        .get(Topics.ALL.get(topics.all().indexOf(r.topic())))
                        .computeIfAbsent(r.key(), k -> new ArrayList<>())
                        .add(Base64.getEncoder().encodeToString(r.value())));
            }
        }
        return all;
    }

    /** How many committed records one topic holds (transaction markers and aborted records excluded). */
    static long committedRecords(ClientConfigs clients, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.readCommittedConsumer(null))) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())
                    && System.nanoTime() < deadline) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }
}
