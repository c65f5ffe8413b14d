package io.geowire.cli;

import io.geowire.model.ClientConfigs;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tail", mixinStandardHelpOptions = true,
        header = "Decode geowire topics to JSON lines.",
        description = "Decodes geowire topics to JSON lines. It reads with read_committed, so it shows only what "
            + "committed transactions wrote.")
final class TailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", defaultValue = "localhost:9092", description = "Kafka bootstrap servers (default ${DEFAULT-VALUE})")
    String bootstrap;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--topic", description = "Topic to follow (repeatable; default: all geowire topics)")
    List<String> topicNames;

    @Option(names = "--from-beginning", description = "Start at the earliest offset instead of the end")
    boolean fromBeginning;

    @Option(names = "--max-records", defaultValue = "-1", description = "Stop after this many records (default: never)")
    long maxRecords;

    @Option(names = "--idle-timeout", description = "Stop when nothing arrives for this many seconds (default: never)")
    Integer idleSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TopicDecoders decoders = new TopicDecoders(kafka.topics());
        List<String> wanted = topicNames == null || topicNames.isEmpty() ? decoders.topics().all() : topicNames;
        for (String topic : wanted) {
            if (!decoders.knows(topic)) {
                spec.commandLine().getErr().println("geowire tail: not a geowire topic: " + topic
                        + " (known: " + decoders.topics().all() + ")");
                return ExitCodes.FAILURE;
            }
        }
        ClientConfigs configs = kafka.clients(bootstrap);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(configs.readCommittedConsumer(null))) {
            consumer.assign(partitionsOf(consumer, wanted));
            if (fromBeginning) {
                consumer.seekToBeginning(consumer.assignment());
            } else {
                consumer.seekToEnd(consumer.assignment());
            }
            follow(consumer, decoders, out);
        }
        return ExitCodes.OK;
    }

    private void follow(KafkaConsumer<String, byte[]> consumer, TopicDecoders decoders, PrintWriter out) {
        long seen = 0;
        long idleSince = System.nanoTime();
        while (maxRecords < 0 || seen < maxRecords) {
            var records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                if (idleSeconds != null && System.nanoTime() - idleSince > Duration.ofSeconds(idleSeconds).toNanos()) {
                    return;
                }
                continue;
            }
            idleSince = System.nanoTime();
            for (ConsumerRecord<String, byte[]> record : records) {
                out.println(Json.line(toJson(record, decoders)));
                if (maxRecords >= 0 && ++seen >= maxRecords) {
                    break;
                }
            }
            out.flush();
        }
    }

    static Map<String, Object> toJson(ConsumerRecord<String, byte[]> record, TopicDecoders decoders) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("topic", record.topic());
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", record.timestamp());
        line.put("key", record.key());
        if (record.value() == null) {
            line.put("value", null);
            return line;
        }
        try {
            line.put("value", decoders.decode(record.topic(), record.value()));
        } catch (RuntimeException e) {
            // a tail shows everything on the topic: undecodable values are reported, not skipped
            line.put("error", e.getMessage());
            line.put("bytes", record.value().length);
        }
        return line;
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }
}
