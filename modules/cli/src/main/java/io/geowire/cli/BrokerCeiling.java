package io.geowire.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;

/**
 * The broker's produce limit for a given list of records, measured the way Kafka's own producer-performance tool
 * measures it: a producer that is already connected, the clock running from the first send until every record has
 * been answered, and only acknowledged records counted. {@code bench e2e} used to start the clock before the
 * producer existed and to send into topics created a moment before: on a busy machine the broker answered the first
 * writes with NOT_LEADER_OR_FOLLOWER (the new partitions' leadership not applied yet), some batches of a partition
 * were still unacknowledged when the client's delivery timeout (120 s) expired them, and the rate printed was the
 * record count over those 120 s, a few records a second, with the expired records counted as written.
 */
final class BrokerCeiling {

    /** What one timed run wrote. */
    record Result(long acknowledged, long failed, long bytes, long nanos, String firstFailure) {

        double seconds() {
            return nanos / 1e9;
        }

        double recordsPerSecond() {
            return acknowledged / seconds();
        }

        double megabytesPerSecond() {
            return bytes / (1024.0 * 1024.0) / seconds();
        }
    }

    private static final String WARM_UP_KEY = "bench-warm-up";

    private BrokerCeiling() {
    }

    /**
     * Writes one empty record to every partition of every topic in {@code records}, one partition at a time, and
     * waits for each acknowledgement, trying again after a retriable error (a partition whose leader is not ready
     * yet), until {@code timeout}. Afterwards the producer has its metadata, its producer id and its connection,
     * and every partition takes writes: none of that is then part of what is timed.
     *
     * @throws IllegalStateException when a partition takes no write within the timeout
     */
    static void warmUp(Producer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (TopicPartition partition : partitionsOf(producer, records)) {
            writeOnce(producer, partition, deadline);
        }
    }

    private static Set<TopicPartition> partitionsOf(Producer<String, byte[]> producer,
            List<ProducerRecord<String, byte[]>> records) {
        Set<String> topics = new LinkedHashSet<>();
        records.forEach(r -> topics.add(r.topic()));
        Set<TopicPartition> partitions = new LinkedHashSet<>();
        for (String topic : topics) {
            for (PartitionInfo info : producer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    private static void writeOnce(Producer<String, byte[]> producer, TopicPartition partition, long deadline)
            throws InterruptedException {
        Exception last = null;
        while (System.nanoTime() < deadline) {
            Future<RecordMetadata> ack = producer.send(
                    new ProducerRecord<>(partition.topic(), partition.partition(), WARM_UP_KEY, new byte[0]));
            try {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    throw new IllegalStateException("cannot write to " + partition + ": " + e.getCause(), e.getCause());
                }
                last = e;
                Thread.sleep(50);
            } catch (java.util.concurrent.TimeoutException e) {
                last = e;
            }
        }
        throw new IllegalStateException(partition + " took no write within the warm-up time"
                + (last == null ? "" : ": " + last.getMessage()));
    }

    /**
     * Sends {@code records} as fast as the producer takes them, then flushes. The clock ({@code nanoTime}) is read
     * just before the first send and just after the flush; a record counts, with its value's bytes, only once the
     * broker has acknowledged it. A record whose send failed is counted apart, with the first failure kept, so
     * that a rate can never hide lost records.
     */
    static Result measure(Producer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records,
            LongSupplier nanoTime) {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = nanoTime.getAsLong();
        for (ProducerRecord<String, byte[]> record : records) {
            int size = record.value() == null ? 0 : record.value().length;
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acknowledged.incrementAndGet();
                    bytes.addAndGet(size);
                } else {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, error.toString());
                }
            });
        }
        producer.flush();
        long nanos = nanoTime.getAsLong() - start;
        return new Result(acknowledged.get(), failed.get(), bytes.get(), Math.max(1, nanos), firstFailure.get());
    }

    /** All records of {@code transactions}, in order: the run without transactions writes the same records. */
    static List<ProducerRecord<String, byte[]>> flatten(List<List<ProducerRecord<String, byte[]>>> transactions) {
        List<ProducerRecord<String, byte[]>> all = new ArrayList<>();
        transactions.forEach(all::addAll);
        return all;
    }
}
