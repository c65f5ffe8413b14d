package io.geowire.testing.internal;

/** A running broker of some kind, as far as the tests care. */
interface BrokerHandle extends AutoCloseable {

    String bootstrapServers();

    String description();

    @Override
    void close();
}
