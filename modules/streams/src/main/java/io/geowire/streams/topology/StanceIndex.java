package io.geowire.streams.topology;

import io.geowire.model.EventFields;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceContribution;
import io.geowire.model.avro.StanceWindowTotals;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.AvroStores;
import io.geowire.streams.internal.StanceMath;
import io.geowire.streams.internal.StanceProcessor;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/** Stance index per actor->target pair, windowed and all-time; every change goes to stance-index. */
public final class StanceIndex {

    private StanceIndex() {
    }

    public static void addTo(StreamsBuilder builder, KStream<String, CorroboratedCluster> clusters,
            TopologyOptions options) {
        StanceMath math = new StanceMath(options.windowSizeDays(), options.windowAdvanceDays(), options.graceDays());
        clusters.filter((pair, c) -> EventFields.STANCE.equals(c.getType()), Named.as("stance-filter"))
                .processValues(supplier(options, math), Named.as("stance-index"))
                .to(options.topics().stanceIndex(),
                        // the processor writes the value's bytes itself (StanceRecords): the same bytes the PairStance
                        // serde would write, without encoding the pair's closed windows again for every event
                        Produced.with(Serdes.String(), Serdes.ByteArray()).withName("stance-index-sink"));
    }

    private static FixedKeyProcessorSupplier<String, CorroboratedCluster, byte[]> supplier(
            TopologyOptions options, StanceMath math) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, CorroboratedCluster, byte[]> get() {
                return new StanceProcessor(math, options.topEvidence(), StoreNames.STANCE_CONTRIBUTIONS,
                        StoreNames.STANCE_WINDOWS, StoreNames.STANCE_ALL_TIME);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        AvroStores.avro(options, StoreNames.STANCE_CONTRIBUTIONS, StanceContribution.class),
                        AvroStores.avro(options, StoreNames.STANCE_WINDOWS, StanceWindowTotals.class),
                        AvroStores.cachedAvro(options, StoreNames.STANCE_ALL_TIME, PairStance.class));
            }
        };
    }
}
