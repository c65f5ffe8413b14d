package io.geowire.api;

import java.util.List;
import java.util.Objects;

/**
 * One application instance as {@code GET /api/instances} lists it.
 *
 * @param host       host name or address other instances and clients reach its API on
 * @param port       its API port
 * @param self       true for the instance answering the request
 * @param stores     names of the state stores it hosts (active)
 * @param partitions the input partitions it owns, as {@code topic-partition} (e.g. {@code events-3})
 */
public record InstanceInfo(String host, int port, boolean self, List<String> stores, List<String> partitions) {

    public InstanceInfo {
        Objects.requireNonNull(host, "host");
        stores = List.copyOf(stores);
        partitions = List.copyOf(partitions);
    }
}
