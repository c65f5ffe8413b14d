package io.geowire.kafka.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerOptionsTest {

    @Test
    void shouldPickFreePortAndTempDirWhenDefaults() {
        BrokerOptions options = BrokerOptions.defaults();

        assertThat(options.port()).isZero();
        assertThat(options.dataDir()).isNull();
        assertThat(options.brokerProperties()).isEmpty();
        assertThat(options.shutdownHook()).isFalse();
        assertThat(options.startTimeout()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldMakeInternalTopicsFitOneNodeWhenSingleNodeSettings() {
        Map<String, String> settings = BrokerOptions.singleNodeSettings();

        assertThat(settings).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("log.retention.ms", "-1");
    }

    @Test
    void shouldKeepOtherFieldsWhenWithMethodsChangeOne() {
        Path dir = Path.of("some", "dir");
        BrokerOptions options = BrokerOptions.defaults()
                .withPort(19092)
                .withDataDir(dir)
                .withBrokerProperty("num.partitions", "3")
                .withBrokerProperty("auto.create.topics.enable", "false")
                .withShutdownHook(true)
                .withStartTimeout(Duration.ofSeconds(5));

        assertThat(options).isEqualTo(new BrokerOptions(19092, dir,
                Map.of("num.partitions", "3", "auto.create.topics.enable", "false"), true, Duration.ofSeconds(5)));
    }

    @Test
    void shouldRejectWhenPortOutOfRange() {
        assertThatThrownBy(() -> BrokerOptions.defaults().withPort(70_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerOptions.defaults().withPort(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectWhenStartTimeoutNotPositive() {
        assertThatThrownBy(() -> BrokerOptions.defaults().withStartTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotBeChangeableWhenCallerMutatesItsMap() {
        Map<String, String> extras = new java.util.HashMap<>(Map.of("num.partitions", "2"));
        BrokerOptions options = new BrokerOptions(0, null, extras, false, Duration.ofSeconds(1));

        extras.put("num.partitions", "9");

        assertThat(options.brokerProperties()).containsEntry("num.partitions", "2");
    }
}
