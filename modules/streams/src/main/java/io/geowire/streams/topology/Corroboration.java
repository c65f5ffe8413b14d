package io.geowire.streams.topology;

import io.geowire.model.Serdes;
import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.AvroStores;
import io.geowire.streams.internal.CorroborationProcessor;
import io.geowire.streams.internal.CorroborationRules;
import io.geowire.streams.internal.EventIdentity;
import java.util.Set;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Same real-world event, several articles -> one corroborated event. Events are re-keyed by their entity
 * (pair / route / actor) and repartitioned once, so corroboration and every aggregate downstream run in
 * the same task with local stores. Returns the stream of updated corroborated events, keyed by entity.
 */
public final class Corroboration {

    private Corroboration() {
    }

    public static KStream<String, CorroboratedCluster> addTo(StreamsBuilder builder, KStream<String, Event> events,
            TopologyOptions options) {
        CorroborationRules rules = new CorroborationRules(options.maxDateGapDays(), options.datedSimilarity(),
                options.undatedSimilarity());
        return events
                .selectKey((id, event) -> EventIdentity.entity(event), Named.as("events-entity-key"))
                .repartition(Repartitioned.with(org.apache.kafka.common.serialization.Serdes.String(), Serdes.event())
                        .withName(StoreNames.EVENTS_BY_ENTITY))
                .processValues(supplier(options, rules), Named.as("corroborate"));
    }

    private static FixedKeyProcessorSupplier<String, Event, CorroboratedCluster> supplier(TopologyOptions options,
            CorroborationRules rules) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Event, CorroboratedCluster> get() {
                return new CorroborationProcessor(StoreNames.CORROBORATION_CLUSTERS,
                        StoreNames.CORROBORATION_MEMBERS, StoreNames.CORROBORATION_DATES,
                        StoreNames.CORROBORATION_CLUSTER_MEMBERS, rules);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        AvroStores.cachedAvro(options, StoreNames.CORROBORATION_CLUSTERS, CorroboratedCluster.class),
                        AvroStores.of(options, StoreNames.CORROBORATION_MEMBERS,
                                org.apache.kafka.common.serialization.Serdes.String()),
                        AvroStores.of(options, StoreNames.CORROBORATION_DATES,
                                org.apache.kafka.common.serialization.Serdes.String()),
                        AvroStores.avro(options, StoreNames.CORROBORATION_CLUSTER_MEMBERS, ClusterMember.class));
            }
        };
    }
}
