package io.geowire.kafka.embedded.internal;

import io.geowire.kafka.embedded.BrokerOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerConfigTest {

    private static final Path DATA = Path.of("/data/kafka");

    @Test
    void shouldCombineBrokerAndControllerWhenBuilt() {
        Properties props = BrokerConfig.build(BrokerOptions.defaults(), 9092, 9093, DATA);

        assertThat(props).containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@localhost:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:9092")
                .containsEntry("log.dirs", DATA.resolve("kraft-logs").toString())
                .containsEntry("offsets.topic.replication.factor", "1");
    }

    @Test
    void shouldLetExtrasOverrideDefaultsWhenGiven() {
        BrokerOptions options = BrokerOptions.defaults()
                .withBrokerProperty("offsets.topic.num.partitions", "1")
                .withBrokerProperty("num.partitions", "4");

        Properties props = BrokerConfig.build(options, 9092, 9093, DATA);

        assertThat(props).containsEntry("offsets.topic.num.partitions", "1").containsEntry("num.partitions", "4");
    }

    @Test
    void shouldKeepPortsWhenExtrasTryToChangeListeners() {
        BrokerOptions options = BrokerOptions.defaults().withBrokerProperty("listeners", "PLAINTEXT://:1");

        Properties props = BrokerConfig.build(options, 9092, 9093, DATA);

        assertThat(props.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093");
    }
}
