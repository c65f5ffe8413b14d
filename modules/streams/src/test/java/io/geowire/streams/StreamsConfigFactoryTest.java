package io.geowire.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.model.ClientConfigs;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

class StreamsConfigFactoryTest {

    @Test
    void shouldPutEveryStoreUnderOneRocksDbBudgetWhenConfigIsMade() {
        Properties p = StreamsConfigFactory.create(StreamsSettings.of(ClientConfigs.of("localhost:9092")));

        assertThat(p.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo(BoundedRocksDbMemory.class);
        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(StreamsSettings.DEFAULT_COMMIT_INTERVAL.toMillis());
    }

    @Test
    void shouldGiveTheStreamThreadsProducersTheLingerOfTheSettingsWhenConfigIsMade() {
        StreamsSettings settings = StreamsSettings.of(ClientConfigs.of("localhost:9092"));

        Properties defaults = StreamsConfigFactory.create(settings);
        Properties tuned = StreamsConfigFactory.create(settings.withProducerLinger(Duration.ofMillis(7)));

        String linger = StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG);
        assertThat(defaults.get(linger)).isEqualTo(StreamsSettings.DEFAULT_PRODUCER_LINGER.toMillis());
        assertThat(tuned.get(linger)).isEqualTo(7L);
        assertThat(new StreamsConfig(tuned).getProducerConfigs("client").get(ProducerConfig.LINGER_MS_CONFIG))
                .isEqualTo(7L);
    }

    @Test
    void shouldRefuseANegativeLingerWhenSettingsAreMade() {
        StreamsSettings settings = StreamsSettings.of(ClientConfigs.of("localhost:9092"));

        assertThatThrownBy(() -> settings.withProducerLinger(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("producerLinger");
    }

    @Test
    void shouldShareOneCacheAndBoundMemtablesWhenTwoStoresAreConfigured() {
        try (Options first = new Options(); Options second = new Options()) {
            first.setTableFormatConfig(new BlockBasedTableConfig());
            second.setTableFormatConfig(new BlockBasedTableConfig());

            new BoundedRocksDbMemory().setConfig("a", first, Map.of());
            new BoundedRocksDbMemory().setConfig("b", second, Map.of());

            assertThat(first.writeBufferSize()).isEqualTo(BoundedRocksDbMemory.MEMTABLE_BYTES);
            assertThat(first.maxWriteBufferNumber()).isEqualTo(2);
            assertThat(first.writeBufferManager()).isNotNull().isSameAs(second.writeBufferManager());
            assertThat(((BlockBasedTableConfig) first.tableFormatConfig()).cacheIndexAndFilterBlocks()).isTrue();
        }
    }
}
