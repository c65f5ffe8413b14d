package io.geowire.streams.topology;

import io.geowire.model.AvroSerde;
import io.geowire.model.EventFields;
import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.LedgerStatement;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.AvroStores;
import io.geowire.streams.internal.LedgerProcessor;
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
 * Sanctions positions per actor; every change of an actor's summary (with the newest statements) goes to
 * sanctions-ledger, the whole ledger stays in the sanctions-statements store.
 */
public final class SanctionsLedger {

    private SanctionsLedger() {
    }

    public static void addTo(StreamsBuilder builder, KStream<String, CorroboratedCluster> clusters,
            TopologyOptions options) {
        clusters.filter((actor, c) -> EventFields.SANCTION_STATEMENT.equals(c.getType()),
                        Named.as("sanctions-filter"))
                .processValues(supplier(options), Named.as("sanctions-ledger"))
                .to(options.topics().sanctionsLedger(),
                        Produced.with(Serdes.String(), AvroSerde.of(ActorSanctions.class))
                                .withName("sanctions-ledger-sink"));
    }

    private static FixedKeyProcessorSupplier<String, CorroboratedCluster, ActorSanctions> supplier(
            TopologyOptions options) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, CorroboratedCluster, ActorSanctions> get() {
                return new LedgerProcessor(new LedgerProcessor.Stores(StoreNames.SANCTIONS_LEDGERS,
                        StoreNames.SANCTIONS_STATEMENTS, StoreNames.SANCTIONS_STATEMENT_DAYS),
                        options.recentHistory());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // in a fixed order: the topology's description lists them as added
                return new LinkedHashSet<>(List.of(AvroStores.cachedAvro(options, StoreNames.SANCTIONS_LEDGERS, ActorSanctions.class),
                        AvroStores.avro(options, StoreNames.SANCTIONS_STATEMENTS, LedgerStatement.class),
                        AvroStores.of(options, StoreNames.SANCTIONS_STATEMENT_DAYS, Serdes.String())));
            }
        };
    }
}
