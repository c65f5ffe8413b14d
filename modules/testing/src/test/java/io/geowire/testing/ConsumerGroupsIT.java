package io.geowire.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@KafkaIT
class ConsumerGroupsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @ParameterizedTest
    @ValueSource(strings = {"classic", "consumer"})
    void shouldSplitPartitionsWhenTwoMembersJoinOneGroup(String protocol, TestKafka kafka) {
        String topic = kafka.createTopic("group-split", 2);
        String group = kafka.uniqueName("group");
        Map<String, Object> extra = new HashMap<>(Map.of(ConsumerConfig.GROUP_PROTOCOL_CONFIG, protocol));
        if (protocol.equals("classic")) {
            // the first member learns of the rebalance on its next heartbeat (default every 3 s)
            extra.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 500);
        }
        try (KafkaConsumer<String, String> first = Clients.consumer(kafka, group, extra);
             KafkaConsumer<String, String> second = Clients.consumer(kafka, group, extra)) {
            first.subscribe(List.of(topic));
            second.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            // one thread polls both: each must keep polling for the group to settle
            while (first.assignment().isEmpty() || second.assignment().isEmpty()) {
                assertThat(System.nanoTime()).as("both members assigned within " + TIMEOUT).isLessThan(deadline);
                first.poll(Duration.ofMillis(100));
                second.poll(Duration.ofMillis(100));
            }
            Set<TopicPartition> all = new HashSet<>(first.assignment());
            all.addAll(second.assignment());

            assertThat(first.assignment()).hasSize(1).doesNotContainAnyElementsOf(second.assignment());
            assertThat(all).containsExactlyInAnyOrder(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
        }
    }

    @Test
    void shouldResumeFromCommittedOffsetWhenGroupRestarts(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("group-resume", 1);
        String group = kafka.uniqueName("group");
        try (KafkaProducer<String, String> producer = Clients.producer(kafka, Map.of())) {
            for (int i = 0; i < 4; i++) {
                producer.send(new ProducerRecord<>(topic, "k", "first-" + i));
            }
        }
        assertThat(pollUntil(kafka, group, topic, 4)).containsExactly("first-0", "first-1", "first-2", "first-3");

        try (KafkaProducer<String, String> producer = Clients.producer(kafka, Map.of())) {
            producer.send(new ProducerRecord<>(topic, "k", "second-0")).get();
        }
        assertThat(pollUntil(kafka, group, topic, 1)).containsExactly("second-0");

        Map<TopicPartition, OffsetAndMetadata> committed = kafka.admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        assertThat(committed.get(new TopicPartition(topic, 0)).offset()).isEqualTo(5);
    }

    /** Joins {@code group}, reads {@code count} values, commits, leaves. */
    private static List<String> pollUntil(TestKafka kafka, String group, String topic, int count) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = Clients.consumer(kafka, group, Map.of())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (values.size() < count) {
                assertThat(System.nanoTime()).as(count + " records within " + TIMEOUT).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
        }
        return values;
    }
}
