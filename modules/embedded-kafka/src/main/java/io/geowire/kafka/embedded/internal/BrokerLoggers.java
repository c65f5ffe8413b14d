package io.geowire.kafka.embedded.internal;

import java.util.List;

/**
 * The loggers the broker side of Kafka logs through (one definition, for {@link QuietLogging} and
 * {@link BrokerLogFile}). Client-side loggers ({@code org.apache.kafka.clients}, {@code common.metrics},
 * {@code common.utils}) are not among them: the application's own producers and consumers share those.
 */
final class BrokerLoggers {

    public static final List<String> NAMES = List.of("kafka", "state.change.logger", "org.apache.kafka.server",
            "org.apache.kafka.controller", "org.apache.kafka.coordinator", "org.apache.kafka.raft",
            "org.apache.kafka.image", "org.apache.kafka.metadata", "org.apache.kafka.snapshot",
            "org.apache.kafka.storage", "org.apache.kafka.queue", "org.apache.kafka.network",
            "org.apache.kafka.common.config");

    private BrokerLoggers() {
    }
}
