package io.geowire.kafka.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedKafkaBrokerIT {

    @Test
    void shouldStartAndStopTwiceWhenRunInOneJvm() throws Exception {
        List<String> bootstraps = new ArrayList<>();
        List<Path> dataDirs = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults());
            try (broker) {
                bootstraps.add(broker.bootstrapServers());
                dataDirs.add(broker.dataDir());
                assertThat(roundTrip(broker.bootstrapServers(), "round-" + round)).isEqualTo("value-" + round);
            }
            assertThat(broker.isRunning()).isFalse();
            assertThat(broker.dataDir()).doesNotExist();
            broker.close(); // idempotent
        }
        assertThat(bootstraps).doesNotHaveDuplicates();
        assertThat(dataDirs).doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepRecordsWhenRestartedOnTheSameDataDir(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("kafka");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withDataDir(dataDir))) {
            produce(broker.bootstrapServers(), "kept", "kept-key", "kept-value");
        }
        assertThat(Files.exists(dataDir.resolve("server.properties"))).isTrue();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withDataDir(dataDir))) {
            assertThat(consumeOne(broker.bootstrapServers(), "kept").value()).isEqualTo("kept-value");
        }
    }

    @Test
    void shouldReleaseAwaitShutdownWhenClosed() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withShutdownHook(true));
        assertThat(broker.awaitShutdown(Duration.ofMillis(50))).isFalse();
        broker.close();
        assertThat(broker.awaitShutdown(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void shouldFailWithPortInMessageWhenClientPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            long started = System.nanoTime();

            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(port)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("localhost:" + port);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void shouldRejectWhenExtraPropertyIsInvalid() {
        BrokerOptions options = BrokerOptions.defaults().withBrokerProperty("num.partitions", "many");

        assertThatThrownBy(() -> EmbeddedKafkaBroker.start(options))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("num.partitions");
    }

    private static String roundTrip(String bootstrap, String key) throws Exception {
        String topic = "roundtrip-" + key;
        produce(bootstrap, topic, key, "value-" + key.substring(key.indexOf('-') + 1));
        return consumeOne(bootstrap, topic).value();
    }

    private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static ConsumerRecord<String, String> consumeOne(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    return record;
                }
            }
        }
        throw new AssertionError("no record on " + topic + " within 30 s");
    }
}
