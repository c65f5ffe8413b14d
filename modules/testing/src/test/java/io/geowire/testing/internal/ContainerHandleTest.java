package io.geowire.testing.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerHandleTest {

    @Test
    void shouldMapBrokerSettingToImageEnvWhenDotted() {
        assertThat(ContainerHandle.envName("transaction.state.log.min.isr"))
                .isEqualTo("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR");
    }

    @Test
    void shouldDoubleUnderscoresWhenSettingHasThem() {
        assertThat(ContainerHandle.envName("a_b.c")).isEqualTo("KAFKA_A__B_C");
    }
}
