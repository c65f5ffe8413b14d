package io.geowire.testing.internal;

import io.geowire.kafka.embedded.BrokerOptions;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.Locale;

final class ContainerHandle implements BrokerHandle {

    private final KafkaContainer container;

    private ContainerHandle(KafkaContainer container) {
        this.container = container;
    }

    static ContainerHandle start(String image) {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(image));
        // the same one-node settings as the embedded broker, so a test behaves alike on either
        BrokerOptions.singleNodeSettings().forEach((key, value) -> container.withEnv(envName(key), value));
        container.start();
        return new ContainerHandle(container);
    }

    /** The apache/kafka image maps {@code KAFKA_A_B} to {@code a.b} ('_' itself would be written '__'). */
    static String envName(String brokerSetting) {
        return "KAFKA_" + brokerSetting.replace("_", "__").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String description() {
        return "container " + container.getDockerImageName() + " at " + container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
