package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LiveLatencyBenchmarkTest {

    private static final List<Long> HUNDRED_MS = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).boxed().toList();

    @Test
    void shouldTakeNearestRankWhenPercentileFallsOnAFigure() {
        assertThat(LiveLatencyBenchmark.percentileMillis(HUNDRED_MS, 0.50)).isEqualTo(50.0);
        assertThat(LiveLatencyBenchmark.percentileMillis(HUNDRED_MS, 0.99)).isEqualTo(99.0);
        assertThat(LiveLatencyBenchmark.percentileMillis(HUNDRED_MS, 1.0)).isEqualTo(100.0);
    }

    @Test
    void shouldRoundRankUpWhenFiguresAreFew() {
        List<Long> three = List.of(10_000_000L, 20_000_000L, 900_000_000L);
        assertThat(LiveLatencyBenchmark.percentileMillis(three, 0.50)).isEqualTo(20.0);
        assertThat(LiveLatencyBenchmark.percentileMillis(three, 0.99)).as("p99 of three is the largest").isEqualTo(900.0);
        assertThat(LiveLatencyBenchmark.percentileMillis(three, 0.0)).isEqualTo(10.0);
    }

    @Test
    void shouldBeNaNWhenNothingWasMeasured() {
        assertThat(LiveLatencyBenchmark.percentileMillis(List.of(), 0.99)).isNaN();
    }
}
