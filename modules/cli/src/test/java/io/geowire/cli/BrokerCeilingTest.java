package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class BrokerCeilingTest {

    private static final Node NODE = new Node(0, "localhost", 9092);
    private static final Cluster CLUSTER = new Cluster("test", List.of(NODE), List.of(
            partition("articles", 0), partition("articles", 1), partition("events", 0), partition("events", 1),
            partition("events", 2)), Set.of(), Set.of());

    @Test
    void shouldCountOnlyAcknowledgedRecordsWhenTheDeliveryTimeoutExpiresSome() {
        // the bug: batches that expired after the delivery timeout were counted as written
        MockProducer<String, byte[]> producer = new MockProducer<>(CLUSTER, false, null, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            public synchronized void flush() {
                completeNext();
                errorNext(new TimeoutException("Expiring 1 record(s) for events-1: 120000 ms has passed"));
                super.flush();
            }
        };
        List<ProducerRecord<String, byte[]>> records = List.of(record("events", 0, 10), record("events", 1, 20),
                record("events", 2, 40));

        BrokerCeiling.Result result = BrokerCeiling.measure(producer, records, new AtomicLong()::incrementAndGet);

        assertThat(result.acknowledged()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.bytes()).isEqualTo(10 + 40);
        assertThat(result.firstFailure()).contains("Expiring");
    }

    @Test
    void shouldReadTheClockOnlyAroundTheSendsWhenMeasuring() {
        MockProducer<String, byte[]> producer = new MockProducer<>(CLUSTER, true, null, new StringSerializer(),
                new ByteArraySerializer());
        AtomicLong clock = new AtomicLong(1_000);
        List<ProducerRecord<String, byte[]>> records = IntStream.range(0, 4).mapToObj(i -> record("events", i % 3, 5))
                .toList();

        // each read of the clock advances it by one second: two reads (before the first send, after the flush)
        BrokerCeiling.Result result = BrokerCeiling.measure(producer, records,
                () -> clock.getAndAdd(1_000_000_000L));

        assertThat(result.nanos()).isEqualTo(1_000_000_000L);
        assertThat(result.recordsPerSecond()).isEqualTo(4.0);
        assertThat(producer.history()).hasSize(4);
    }

    @Test
    void shouldWriteToEveryPartitionOfEachTopicBeforeTheClockStartsWhenWarmingUp() throws Exception {
        MockProducer<String, byte[]> producer = new MockProducer<>(CLUSTER, true, null, new StringSerializer(),
                new ByteArraySerializer());

        BrokerCeiling.warmUp(producer, List.of(record("articles", null, 5), record("events", 2, 5)),
                Duration.ofSeconds(5));

        Set<TopicPartition> written = new HashSet<>();
        producer.history().forEach(r -> written.add(new TopicPartition(r.topic(), r.partition())));
        assertThat(written).containsExactlyInAnyOrder(new TopicPartition("articles", 0),
                new TopicPartition("articles", 1), new TopicPartition("events", 0), new TopicPartition("events", 1),
                new TopicPartition("events", 2));
    }

    @Test
    void shouldTryAgainWhenAPartitionsLeaderIsNotReadyYet() throws Exception {
        Set<TopicPartition> refusedOnce = new HashSet<>();
        MockProducer<String, byte[]> producer = new MockProducer<>(CLUSTER, false, null, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> r, Callback callback) {
                Future<RecordMetadata> ack = super.send(r, callback);
                if (refusedOnce.add(new TopicPartition(r.topic(), r.partition()))) {
                    errorNext(new NotLeaderOrFollowerException("leadership not applied yet"));
                } else {
                    completeNext();
                }
                return ack;
            }
        };

        BrokerCeiling.warmUp(producer, List.of(record("articles", 0, 5)), Duration.ofSeconds(5));

        assertThat(producer.history()).hasSize(4); // two partitions, each refused once and then written
    }

    @Test
    void shouldStopWithTheReasonWhenAPartitionRefusesForGood() {
        MockProducer<String, byte[]> producer = new MockProducer<>(CLUSTER, false, null, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> r, Callback callback) {
                Future<RecordMetadata> ack = super.send(r, callback);
                errorNext(new RecordTooLargeException("too large"));
                return ack;
            }
        };

        assertThatThrownBy(() -> BrokerCeiling.warmUp(producer, List.of(record("articles", 0, 5)),
                Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too large");
    }

    private static ProducerRecord<String, byte[]> record(String topic, Integer partition, int bytes) {
        return new ProducerRecord<>(topic, partition, "k", new byte[bytes]);
    }

    private static PartitionInfo partition(String topic, int partition) {
        return new PartitionInfo(topic, partition, NODE, new Node[] {NODE}, new Node[] {NODE});
    }
}
