package io.geowire.testing.internal;

import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;

final class EmbeddedHandle implements BrokerHandle {

    private final EmbeddedKafkaBroker broker;

    private EmbeddedHandle(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    static EmbeddedHandle start() {
        // the hook deletes the temp dir even if the test JVM is stopped before JUnit closes the store
        return new EmbeddedHandle(EmbeddedKafkaBroker.start(BrokerOptions.defaults().withShutdownHook(true)));
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String description() {
        return "embedded " + broker.bootstrapServers();
    }

    @Override
    public void close() {
        broker.close();
    }
}
