package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchTopologyMovedTest {

    @Test
    void shouldSayWhereTheBenchmarkWentAndFailWhenBenchTopologyRuns() {
        CliRunner result = CliRunner.run("bench", "topology", "--events", "100");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("moved", "modules/benchmarks/target/benchmarks.jar TopologyBench");
        assertThat(result.out()).isEmpty();
    }
}
