package io.geowire.cli;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.producer.ProduceSummary;
import io.geowire.streams.InputValidation;
import io.geowire.streams.topology.PipelineCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Counts what the input topics hold, independently of Streams, with the rules the pipeline counts by: distinct
 * article ids (an article recorded with duplicateOf is a duplicate, counted once per input name), distinct event
 * ids, distinct dead-letter keys; a record Streams cannot accept counts as the dead letter it becomes (key topic-partition@offset). A
 * replay of the topics is complete when the state holds exactly these numbers.
 */
final class TopicCensus {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Set<String> seenArticles = new HashSet<>();
    private final Set<String> events = new HashSet<>();
    private final Set<String> deadLetters = new HashSet<>();
    private long articles;
    private long duplicates;
    private long records;

    private TopicCensus() {
    }

    static TopicCensus count(ClientConfigs clients, Topics topics, Duration timeout) {
        TopicCensus census = new TopicCensus();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.readCommittedConsumer(null))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(topics.articles(), topics.events(), topics.deadLetters())) {
                for (PartitionInfo p : consumer.partitionsFor(topic, timeout)) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, timeout));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the input topics to their end in " + timeout);
                }
                consumer.poll(POLL).forEach(r -> census.add(r, topics));
            }
        }
        return census;
    }

    long records() {
        return records;
    }

    ProduceSummary summary() {
        return new ProduceSummary(articles + duplicates + deadLetters.size(), articles, duplicates,
                deadLetters.size(), events.size(), 0);
    }

    private void add(ConsumerRecord<String, byte[]> r, Topics topics) {
        records++;
        String poisonKey = r.topic() + "-" + r.partition() + "@" + r.offset();
        if (r.topic().equals(topics.deadLetters())) {
            if (!isStreamsFailure(r.value())) {
                deadLetters.add(r.key());
            }
        } else if (r.topic().equals(topics.articles())) {
            addArticle(r.value(), poisonKey);
        } else {
            addEvent(r.value(), poisonKey);
        }
    }

    /** A record Streams' exception handlers wrote: its input is counted where it entered (docs/topology.md). */
    private static boolean isStreamsFailure(byte[] value) {
        try {
            return PipelineCounts.isStreamsFailure(Serdes.deadLetter().decode(value));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void addArticle(byte[] value, String poisonKey) {
        Article a;
        try {
            a = Serdes.article().decode(value);
        } catch (RuntimeException e) {
            deadLetters.add(poisonKey);
            return;
        }
        if (InputValidation.article(a) != null) {
            deadLetters.add(poisonKey);
        } else if (a.getDuplicateOf() == null ? seenArticles.add(a.getId())
                : seenArticles.add(PipelineCounts.duplicateIdentity(a))) {
            if (a.getDuplicateOf() == null) {
                articles++;
            } else {
                duplicates++;
            }
        }
    }

    private void addEvent(byte[] value, String poisonKey) {
        Event e;
        try {
            e = Serdes.event().decode(value);
        } catch (RuntimeException ex) {
            deadLetters.add(poisonKey);
            return;
        }
        if (InputValidation.event(e) != null) {
            deadLetters.add(poisonKey);
        } else {
            events.add(e.getId());
        }
    }
}
