package io.geowire.testing.internal;

/** A cluster someone else runs: never stopped by the tests. */
final class ExternalHandle implements BrokerHandle {

    private final String bootstrapServers;

    ExternalHandle(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String description() {
        return "external " + bootstrapServers;
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
