package io.geowire.streams.topology;

import io.geowire.model.AvroSerde;
import io.geowire.model.EventFields;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.RouteDaysState;
import io.geowire.model.avro.RouteIncidentEntry;
import io.geowire.model.avro.RouteState;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.AvroStores;
import io.geowire.streams.internal.RouteStatusProcessor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Status and incident history per route; every change of a route's summary (with its newest incidents) goes to
 * route-status, the whole history stays in the route-incidents store.
 */
public final class RouteStatus {

    private RouteStatus() {
    }

    public static void addTo(StreamsBuilder builder, KStream<String, CorroboratedCluster> clusters,
            TopologyOptions options) {
        clusters.filter((route, c) -> EventFields.ROUTE_DISRUPTION.equals(c.getType()), Named.as("route-filter"))
                .processValues(supplier(options), Named.as("route-status"))
                .to(options.topics().routeStatus(),
                        Produced.with(Serdes.String(), AvroSerde.of(RouteState.class)).withName("route-status-sink"));
    }

    private static FixedKeyProcessorSupplier<String, CorroboratedCluster, RouteState> supplier(
            TopologyOptions options) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, CorroboratedCluster, RouteState> get() {
                return new RouteStatusProcessor(new RouteStatusProcessor.Stores(StoreNames.ROUTE_STATES,
                        StoreNames.ROUTE_INCIDENTS, StoreNames.ROUTE_INCIDENT_DAYS, StoreNames.ROUTE_DAYS),
                        options.recentHistory());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // in a fixed order: the topology's description lists them as added
                return new LinkedHashSet<>(List.of(AvroStores.cachedAvro(options, StoreNames.ROUTE_STATES, RouteState.class),
                        AvroStores.avro(options, StoreNames.ROUTE_INCIDENTS, RouteIncidentEntry.class),
                        AvroStores.of(options, StoreNames.ROUTE_INCIDENT_DAYS, Serdes.String()),
                        AvroStores.avro(options, StoreNames.ROUTE_DAYS, RouteDaysState.class)));
            }
        };
    }
}
