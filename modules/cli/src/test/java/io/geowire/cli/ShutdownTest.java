package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShutdownTest {

    @Test
    void shouldStopServingWhenFailureIsReported() throws Exception {
        AtomicInteger checks = new AtomicInteger();

        boolean stoppedNormally = Shutdown.serveUntilShutdown(() -> { }, () -> checks.incrementAndGet() >= 2);

        assertThat(stoppedNormally).isFalse();
        assertThat(checks.get()).isEqualTo(2);
    }
}
