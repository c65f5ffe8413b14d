package io.geowire.extract.bench;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark corpus generator (no timings here: the benchmark itself runs from main or the CLI). */
class ExtractBenchmarkTest {

    @Test
    void shouldGenerateRequestedSizeWithEventsWhenAskedForACorpus() {
        List<ArticleInput> corpus = ExtractBenchmark.generate(100_000, 7L);
        long chars = corpus.stream().mapToLong(a -> a.text().length()).sum();
        assertThat(chars).isGreaterThanOrEqualTo(100_000);
        assertThat(ExtractBenchmark.generate(100_000, 7L)).isEqualTo(corpus);
        EventExtractor extractor = EventExtractor.createDefault();
        long events = corpus.stream().mapToLong(a -> extractor.extract(a).size()).sum();
        assertThat(events).isGreaterThan(corpus.size());
    }
}
