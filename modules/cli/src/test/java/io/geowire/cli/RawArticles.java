package io.geowire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.Ingestor;
import io.geowire.model.ClientConfigs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What a crawler writes to raw-articles, and what a read_committed reader finds on geowire's topics afterwards. */
final class RawArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawArticles() {
    }

    /** Article {@code n} of {@link TextCorpus} as a crawler's JSON record. */
    static byte[] json(int n) {
        String text = TextCorpus.article(n);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", "https://news.example.org/brief/" + n);
        fields.put("title", "Regional brief " + n);
        fields.put("published", LocalDate.of(2023, 1, 1).plusDays(n % 300).toString());
        fields.put("source", "Example Wire");
        fields.put("text", text);
        try {
            return JSON.writeValueAsBytes(fields);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of {@code values} ingestion keeps as articles (OK or duplicate) rather than dead letters. */
    static long ingestible(List<byte[]> values, IngestOptions options) {
        Ingestor ingestor = new Ingestor(options);
        long kept = 0;
        for (int i = 0; i < values.size(); i++) {
            if (ingestor.ingestRecord("offline@" + i, values.get(i)).status() != IngestStatus.DEAD_LETTER) {
                kept++;
            }
        }
        return kept;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A record the writer could not deliver is sent again this many times, each time by a new producer. */
    private static final int WRITE_ATTEMPTS = 4;

    /**
     * Writes the values as a crawler would (no transactions), keyed by url-ish keys so they spread over partitions,
     * and fails unless the topic then holds exactly them. A send's failure is not left unread: on a freshly created
     * topic the broker can refuse a batch with {@code OutOfOrderSequenceException} (partitions still being created
     * when the first batches arrive), and a writer that ignored it lost a whole batch, which a test then waited for
     * in vain as if the pipeline had stalled.
     */
    static void write(ClientConfigs clients, String topic, List<byte[]> values) {
        try (Admin admin = Admin.create(clients.admin())) {
            long before = endOffsets(admin, topic);
            List<Integer> pending = IntStream.range(0, values.size()).boxed().toList();
            Exception lastFailure = null;
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > WRITE_ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " records not written to " + topic
                            + " after " + WRITE_ATTEMPTS + " attempts", lastFailure);
                }
                Map<Integer, Exception> failed = sendOnce(clients, topic, values, pending);
                pending = List.copyOf(failed.keySet());
                lastFailure = failed.values().stream().findFirst().orElse(null);
                if (lastFailure != null) {
                    System.out.printf("RawArticles.write: %d of %d sends to %s failed (%s); sending them again%n",
                            pending.size(), values.size(), topic, lastFailure.getCause());
                }
            }
            long written = endOffsets(admin, topic) - before;
            if (written != values.size()) {
                throw new IllegalStateException(topic + " gained " + written + " records for " + values.size()
                        + " values: a send reported as failed had been written after all");
            }
        }
    }

    /** Sends the values at {@code indexes} with a producer of its own; returns those whose send failed, and why. */
    private static Map<Integer, Exception> sendOnce(ClientConfigs clients, String topic, List<byte[]> values,
            List<Integer> indexes) {
        Map<String, Object> config = new LinkedHashMap<>(clients.admin());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        Map<Integer, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (int i : indexes) {
                sent.put(i, producer.send(new ProducerRecord<>(topic, "doc-" + i, values.get(i))));
            }
            producer.flush();
        }
        Map<Integer, Exception> failed = new TreeMap<>();
        sent.forEach((i, future) -> {
            try {
                future.get();
            } catch (ExecutionException e) {
                failed.put(i, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(i, e);
            }
        });
        return failed;
    }

    /** The sum of the topic's partitions' end offsets: how many records it has taken so far. */
    private static long endOffsets(Admin admin, String topic) {
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every committed record of {@code topic} (read_committed, from the beginning to the stable end). */
    static List<ConsumerRecord<String, byte[]>> committed(ClientConfigs clients, String topic) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.readCommittedConsumer(null))) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " not read to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    /** Committed records per non-empty key of {@code topic}: how often each item's position or article was written. */
    static Map<String, Long> committedKeys(ClientConfigs clients, String topic) {
        return committed(clients, topic).stream().map(ConsumerRecord::key).filter(Objects::nonNull)
                .filter(Predicate.not(String::isEmpty))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
