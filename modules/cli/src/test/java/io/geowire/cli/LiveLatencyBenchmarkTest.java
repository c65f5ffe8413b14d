package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LiveLatencyBenchmarkTest {

    private static final List<Long> HUNDRED_MS = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).boxed().toList();

    @Test
    void shouldTakeNearestRankWhenPercentileFallsOnAFigure() {
        assertThat(LiveLatencyBenchmark.percentileMillis(HUNDRED_MS, 0.50)).isEqualTo(50.0);
        assertThat(LiveLatencyBenchmark.percentileMillis(HUNDRED_MS, 0.90)).isEqualTo(90.0);
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

    @Test
    void shouldSpaceFilesEvenlyFromTheStartWhenScheduledAtARate() {
        long start = 1_000_000_000L;
        assertThat(LiveLatencyBenchmark.dueNanos(start, 0, 4.0)).isEqualTo(start);
        assertThat(LiveLatencyBenchmark.dueNanos(start, 1, 4.0)).isEqualTo(start + 250_000_000L);
        // from the start, not from the previous file: a late write does not push the ones after it back
        assertThat(LiveLatencyBenchmark.dueNanos(start, 10, 4.0)).isEqualTo(start + 2_500_000_000L);
        assertThat(LiveLatencyBenchmark.dueNanos(start, 3, 0.5)).isEqualTo(start + 6_000_000_000L);
    }

    @Test
    void shouldRefuseARateThatIsNotPositiveAndFinite() {
        assertThatThrownBy(() -> LiveLatencyBenchmark.dueNanos(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiveLatencyBenchmark.dueNanos(0, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiveLatencyBenchmark.dueNanos(0, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLeaveTheFirstWaitOutWhenRatingABurst() {
        // five completions 250 ms apart, the first after 3 s: 4 intervals in 1 s, whatever the first wait
        List<Long> done = List.of(4_000_000_000L, 3_000_000_000L, 3_250_000_000L, 3_750_000_000L, 3_500_000_000L);
        assertThat(LiveLatencyBenchmark.sustainedRate(done)).isEqualTo(4.0);
    }

    @Test
    void shouldHaveNoRateWhenFewerThanTwoFilesCompleted() {
        assertThat(LiveLatencyBenchmark.sustainedRate(List.of())).isNaN();
        assertThat(LiveLatencyBenchmark.sustainedRate(List.of(5L))).isNaN();
    }

    @Test
    void shouldAddUpOnlyWhenEveryWrittenFileIsCountedOnce() {
        assertThat(new LiveLatencyBenchmark.Tally(10, 7, 2, 1).addsUp()).isTrue();
        assertThat(new LiveLatencyBenchmark.Tally(10, 7, 2, 0).addsUp()).isFalse();
    }

    @Test
    void shouldCountAFileAsNoArticleWhenItsIngestionMadeNone() {
        LiveLatencyBenchmark.Expected deadLetter = new LiveLatencyBenchmark.Expected("x.txt", Map.of(), 0);
        LiveLatencyBenchmark.Expected article = new LiveLatencyBenchmark.Expected("a.txt",
                Map.of("0123456789abcdef", Set.of("e1", "e2")), 0);
        assertThat(deadLetter.becomesArticles()).isFalse();
        assertThat(article.becomesArticles()).isTrue();
        assertThat(article.events()).isEqualTo(2);
    }
}
