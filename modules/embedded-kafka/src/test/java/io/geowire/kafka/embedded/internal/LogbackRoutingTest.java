package io.geowire.kafka.embedded.internal;

import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogbackRoutingTest {

    @Test
    void shouldSendBrokerLinesToTheFileAndOnlyUnretriedErrorsToTheConsole(@TempDir Path dir) throws Exception {
        Logger replicaManager = LoggerFactory.getLogger("kafka.server.ReplicaManager");
        Logger client = LoggerFactory.getLogger("org.apache.kafka.clients.producer.KafkaProducer");
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try (BrokerLogFile file = BrokerLogFile.open(dir).orElseThrow()) {
            replicaManager.info("partition broker-log-0 appended");
            replicaManager.error("Error processing append operation on partition t-0",
                    new OutOfOrderSequenceException("Invalid sequence number for new epoch"));
            replicaManager.error("Disk failure on log dir /nowhere");
            client.warn("client warning stays with the application");
        } finally {
            System.setErr(err);
        }
        String printed = console.toString(StandardCharsets.UTF_8);
        String logged = Files.readString(dir.resolve(BrokerLogFile.FILE_NAME));

        assertThat(logged).contains("partition broker-log-0 appended", "OutOfOrderSequenceException",
                "Disk failure on log dir").doesNotContain("client warning");
        assertThat(printed).contains("Disk failure on log dir", "client warning stays with the application")
                .doesNotContain("appended").doesNotContain("OutOfOrderSequenceException");
    }

    @Test
    void shouldStopWritingToTheFileWhenClosed(@TempDir Path dir) throws Exception {
        Logger controller = LoggerFactory.getLogger("org.apache.kafka.controller.QuorumController");
        BrokerLogFile.open(dir).orElseThrow().close();

        controller.info("after close");

        Path file = dir.resolve(BrokerLogFile.FILE_NAME);
        assertThat(Files.exists(file) ? Files.readString(file) : "").doesNotContain("after close");
        ch.qos.logback.classic.Logger restored = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("kafka");
        assertThat(restored.isAdditive()).isTrue();
        assertThat(restored.getLevel()).isNull();
    }
}
