package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@KafkaIT
class LocalPipelineIT {

    @Test
    void shouldCloseWhatItStartedWhenApiPortIsTaken(TestKafka kafka) throws Exception {
        long adminThreadsBefore = adminClientThreads();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, null,
                    "127.0.0.1", taken.getLocalPort(), kafka.uniqueName("taken") + ".", kafka.uniqueName("app"), 0,
                    Duration.ofMinutes(1));

            assertThatThrownBy(() -> LocalPipeline.start(settings)).hasStackTraceContaining("BindException");
        }

        assertThat(adminClientThreads()).isEqualTo(adminThreadsBefore);
    }

    private static long adminClientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("kafka-admin-client-thread"))
                .count();
    }
}
