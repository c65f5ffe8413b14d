package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiLoadBenchmarkTest {

    @Test
    void shouldTakeNearestRankPercentilesInMillisWhenGivenSortedMicros() {
        List<Long> micros = LongStream.rangeClosed(1, 100).map(i -> i * 1000).boxed().toList();

        assertThat(ApiLoadBenchmark.percentile(micros, 50)).isEqualTo(50.0);
        assertThat(ApiLoadBenchmark.percentile(micros, 99)).isEqualTo(99.0);
        assertThat(ApiLoadBenchmark.percentile(List.of(2500L), 99)).isEqualTo(2.5);
        assertThat(ApiLoadBenchmark.percentile(List.of(), 50)).isNaN();
    }

    @Test
    void shouldReadOptionsAndRejectImpossibleOnesWhenParsing(@TempDir Path corpus) {
        ApiLoadBenchmark.Options o = ApiLoadBenchmark.parse(new String[] {"--corpus", corpus.toString(),
            "--requests", "50", "--concurrency", "4", "--instances", "2"});

        assertThat(o).isEqualTo(new ApiLoadBenchmark.Options(corpus, 50, 4, 2));
        assertThatThrownBy(() -> ApiLoadBenchmark.parse(new String[] {"--corpus", corpus.toString(),
            "--instances", "3"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiLoadBenchmark.parse(new String[] {"--corpus", corpus.resolve("none").toString()}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiLoadBenchmark.parse(new String[] {"--speed", "2"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
