package io.geowire.kafka.embedded.internal;

import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.BrokerSecurity;
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

    @Test
    void shouldEncryptEveryListenerAndDenyByDefaultWhenSecured() {
        BrokerSecurity security = new BrokerSecurity(Path.of("/k.p12"), Path.of("/t.p12"), "pw", "CN=localhost",
                "admin", "admin-pw");

        Properties props = BrokerConfig.build(BrokerOptions.defaults().withSecurity(security), 9092, 9094, 9093, DATA);

        assertThat(props.getProperty("listeners"))
                .isEqualTo("SASL_SSL://localhost:9092,BROKER://localhost:9094,CONTROLLER://localhost:9093");
        assertThat(props).containsEntry("listener.security.protocol.map", "SASL_SSL:SASL_SSL,BROKER:SSL,CONTROLLER:SSL")
                .containsEntry("inter.broker.listener.name", "BROKER")
                .containsEntry("listener.name.broker.ssl.client.auth", "required")
                .containsEntry("listener.name.controller.ssl.client.auth", "required")
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("super.users", "User:CN=localhost;User:admin");
        assertThat(security.toString()).doesNotContain("admin-pw").doesNotContain("=pw");
    }
}
