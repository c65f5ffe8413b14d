package io.geowire.api;

import java.util.List;

/**
 * Which instances of the application exist and what each hosts; asked on every {@code GET /api/instances}
 * so it follows rebalances. The streams side implements it from {@code KafkaStreams#metadataForAllStreamsClients()}.
 */
@FunctionalInterface
public interface InstancesInfo {

    List<InstanceInfo> instances();

    /** Just this process, with nothing known about its stores (the default when none is given). */
    static InstancesInfo single(String host, int port) {
        return () -> List.of(new InstanceInfo(host, port, true, List.of(), List.of()));
    }
}
