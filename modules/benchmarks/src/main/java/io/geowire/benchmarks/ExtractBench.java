package io.geowire.benchmarks;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction with the rules and gazetteers alone ({@link EventExtractor#createRulesOnly()}, what
 * {@code extract --rules-only} runs): sentence splitting, gazetteer look-up of actors, routes and dates, and the
 * rules, on a topical article of about 4 KB; and the relevance gate alone (a gazetteer scan) on an article that
 * names nothing geowire tracks, which is what most of a news stream costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractBench {

    static final ArticleInput TOPICAL = new ArticleInput("story.txt", IngestBench.PROSE, LocalDate.of(2023, 3, 14));
    static final String UNRELATED = ("The city council approved a new budget for public transport and road repairs. "
            + "A local bakery won a prize for its rye bread at the autumn fair. "
            + "The orchestra announced a season of five concerts, the first of them in October. ").repeat(12);

    private EventExtractor extractor;

    @Setup
    public void loadRules() {
        extractor = EventExtractor.createRulesOnly();
    }

    @Benchmark
    public List<ExtractedEvent> extractTopicalArticle() {
        return extractor.extract(TOPICAL);
    }

    @Benchmark
    public boolean screenUnrelatedArticle() {
        return extractor.mayBeRelevant(UNRELATED);
    }
}
