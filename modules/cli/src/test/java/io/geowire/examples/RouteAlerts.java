package io.geowire.examples;

import io.geowire.model.AvroSerde;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.model.avro.RouteState;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A downstream service, as a geowire user would write it (docs/consumers.md): it follows the
 * {@code route-status} topic and raises an alert whenever a route's status changes. It needs only the
 * geowire-model jar (records and serdes) and kafka-clients; no schema registry.
 */
public final class RouteAlerts implements AutoCloseable {

    /** What the service tells its users: a route moved from one status to another. */
    public record Alert(String route, String from, String to, String since) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroSerde<RouteState> serde = AvroSerde.of(RouteState.class);
    private final Map<String, String> lastStatus = new HashMap<>();

    public RouteAlerts(String bootstrapServers, Topics topics, String groupId) {
        // read_committed: only state changes from committed Streams transactions, never aborted ones
        consumer = new KafkaConsumer<>(ClientConfigs.of(bootstrapServers).readCommittedConsumer(groupId));
        consumer.subscribe(List.of(topics.routeStatus()));
    }

    /** Polls once and reports every status change seen; undecodable records are reported, not fatal. */
    public void pollOnce(Consumer<Alert> alerts, Consumer<String> problems) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            try {
                RouteState state = serde.decode(record.value());
                String before = lastStatus.put(state.getRoute(), state.getStatus());
                if (!state.getStatus().equals(before)) {
                    alerts.accept(new Alert(state.getRoute(), before, state.getStatus(), state.getSince()));
                }
            } catch (SerializationException e) {
                problems.accept(record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                        + e.getMessage());
            }
        }
    }

    /** The latest status of every route seen so far. */
    public Map<String, String> statuses() {
        return Map.copyOf(lastStatus);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
