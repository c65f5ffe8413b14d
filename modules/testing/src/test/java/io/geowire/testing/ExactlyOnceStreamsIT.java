package io.geowire.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

@KafkaIT
class ExactlyOnceStreamsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Both group protocols: "streams" (KIP-1071, broker-side assignment) needs the broker's group.streams.* settings. */
    @ParameterizedTest
    @ValueSource(strings = {"classic", "streams"})
    void shouldCommitStreamsOutputWhenExactlyOnceV2(String protocol, TestKafka kafka, @TempDir Path stateDir)
            throws Exception {
        String input = kafka.createTopic("eos-in", 2);
        String output = kafka.createTopic("eos-out", 2);
        try (KafkaStreams streams = new KafkaStreams(upperCase(input, output), streamsConfig(kafka, stateDir, protocol))) {
            streams.start();
            try (KafkaProducer<String, String> producer = Clients.producer(kafka, java.util.Map.of())) {
                for (String word : List.of("alpha", "beta", "gamma")) {
                    producer.send(new ProducerRecord<>(input, word, word)).get();
                }
            }
            assertThat(awaitCommitted(kafka, output, 3)).containsExactlyInAnyOrder("ALPHA", "BETA", "GAMMA");
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private static org.apache.kafka.streams.Topology upperCase(String input, String output) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> value.toUpperCase(Locale.ROOT))
                .to(output, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    private static Properties streamsConfig(TestKafka kafka, Path stateDir, String protocol) {
        Properties props = new Properties();
        props.putAll(kafka.clientConfig());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, kafka.uniqueName("eos-app"));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, protocol);
        // each commit ends a transaction: commit often so the test sees output quickly
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        return props;
    }

    /** Output only becomes visible to read_committed once Streams commits its transaction. */
    private static List<String> awaitCommitted(TestKafka kafka, String topic, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<String> values = Clients.readAll(kafka, topic, "read_committed");
        while (values.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            values = Clients.readAll(kafka, topic, "read_committed");
        }
        return values;
    }
}
