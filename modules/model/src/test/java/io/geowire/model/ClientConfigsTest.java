package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientConfigsTest {

    @Test
    void shouldKeepExactlyOnceSettingsWhenClientFileTriesToWeakenThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, """
                security.protocol=SSL
                enable.idempotence=false
                acks=1
                isolation.level=read_uncommitted
                linger.ms=50
                """);
        ClientConfigs configs = ClientConfigs.of("broker:9092", file);

        var producer = configs.transactionalProducer("tx-1");
        var consumer = configs.readCommittedConsumer("g");

        assertThat(producer).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-1")
                .containsEntry("security.protocol", "SSL")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "50");
        assertThat(consumer).containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry("security.protocol", "SSL");
    }
}
