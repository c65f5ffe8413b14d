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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

    /** Writes the values as a crawler would (no transactions), keyed by url-ish keys so they spread over partitions. */
    static void write(ClientConfigs clients, String topic, List<byte[]> values) {
        Map<String, Object> config = new LinkedHashMap<>(clients.admin());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, "doc-" + i, values.get(i)));
            }
            producer.flush();
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
