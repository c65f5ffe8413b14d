package io.geowire.streams;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.streams.topology.ArticleArchive;
import io.geowire.streams.topology.Corroboration;
import io.geowire.streams.topology.Inputs;
import io.geowire.streams.topology.PipelineCounts;
import io.geowire.streams.topology.RouteStatus;
import io.geowire.streams.topology.SanctionsLedger;
import io.geowire.streams.topology.StanceIndex;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.KStream;

/** The whole streams application as one topology, assembled from its parts (see docs/topology.md). */
public final class GeowireTopology {

    private GeowireTopology() {
    }

    public static Topology build(TopologyOptions options) {
        StreamsBuilder builder = new StreamsBuilder(namingChecks());
        Inputs inputs = Inputs.addTo(builder, options);
        PipelineCounts.addTo(builder, inputs, options);
        ArticleArchive.addTo(builder, inputs, options);
        KStream<String, CorroboratedCluster> clusters = Corroboration.addTo(builder, inputs.events(), options);
        StanceIndex.addTo(builder, clusters, options);
        RouteStatus.addTo(builder, clusters, options);
        SanctionsLedger.addTo(builder, clusters, options);
        return builder.build();
    }

    /**
     * Building with ensure.explicit.internal.resource.naming makes any unnamed repartition topic, store or
     * changelog fail here, at build time, instead of silently getting a generated name that shifts when
     * the topology changes. The builder only reads topology settings, so the ids below are placeholders.
     */
    private static TopologyConfig namingChecks() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "geowire-topology");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        return new TopologyConfig(new StreamsConfig(props));
    }
}
