package io.geowire.extract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The news stream generator (no timings here: the benchmark runs from `./geowire bench news`). */
class NewsStreamBenchmarkTest {

    @Test
    void shouldMixTopicalAndUnrelatedArticlesInTheAskedShareWhenGenerating() {
        List<Boolean> topical = new ArrayList<>();
        List<ArticleInput> stream = NewsStreamBenchmark.generate(300_000, 0.1, 5L, topical);

        long chars = stream.stream().mapToLong(a -> a.text().length()).sum();
        long topicalChars = 0;
        for (int i = 0; i < stream.size(); i++) {
            topicalChars += topical.get(i) ? stream.get(i).text().length() : 0;
        }
        assertThat(chars).isGreaterThanOrEqualTo(300_000);
        assertThat((double) topicalChars / chars).isBetween(0.07, 0.13);
        assertThat(topical).hasSameSizeAs(stream).contains(true, false);
        assertThat(NewsStreamBenchmark.generate(300_000, 0.1, 5L, new ArrayList<>())).isEqualTo(stream);
    }

    @Test
    void shouldFindNoEventsInUnrelatedArticlesWhenExtractingRulesOnly() {
        List<Boolean> topical = new ArrayList<>();
        List<ArticleInput> stream = NewsStreamBenchmark.generate(100_000, 0.1, 5L, topical);
        EventExtractor rules = EventExtractor.createRulesOnly();

        for (int i = 0; i < stream.size(); i++) {
            if (!topical.get(i)) {
                assertThat(rules.extract(stream.get(i))).as(stream.get(i).text()).isEmpty();
            }
        }
    }
}
