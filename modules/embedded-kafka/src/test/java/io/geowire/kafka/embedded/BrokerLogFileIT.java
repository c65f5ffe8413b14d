package io.geowire.kafka.embedded;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerLogFileIT {

    /** A broker logger at INFO or DEBUG, as the console pattern prints it. */
    private static final String BROKER_INFO_LINE = "(?s).*\\b(INFO|DEBUG) (kafka\\.|state\\.change\\.logger|"
            + "org\\.apache\\.kafka\\.(server|controller|coordinator|raft|image|metadata|snapshot|storage|queue|"
            + "network)).*";

    @Test
    void shouldWriteTheBrokersLogToItsDataDirAndKeepItsInfoLinesOffTheConsole(@TempDir Path dir) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        Path logFile;
        System.setOut(capture);
        System.setErr(capture);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults()
                .withDataDir(dir.resolve("kafka")))) {
            logFile = broker.logFile().orElseThrow();
            writeTransactionally(broker.bootstrapServers());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String printed = console.toString(StandardCharsets.UTF_8);

        assertThat(logFile).isEqualTo(dir.resolve("kafka").resolve("broker.log")).exists();
        List<String> lines = Files.readAllLines(logFile);
        assertThat(lines).anyMatch(l -> l.contains(" INFO  kafka.") || l.contains(" INFO  org.apache.kafka."));
        assertThat(lines.size()).isGreaterThan(20);
        assertThat(printed).doesNotMatch(BROKER_INFO_LINE);
        assertThat(printed).contains("embedded Kafka broker ready").contains(logFile.toString());
    }

    private static void writeTransactionally(String bootstrap) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "broker-log-it",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            for (int i = 0; i < 3; i++) {
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("broker-log", "k", "v" + i));
                producer.commitTransaction();
            }
        }
    }
}
