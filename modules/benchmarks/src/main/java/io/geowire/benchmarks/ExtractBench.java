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
 * names nothing geowire tracks, which is what most of a news stream costs; and the worst case a hostile or broken
 * article brings, one run-on sentence of 60 KB full of tracked names, which the sentence splitter cuts into pieces
 * (it took half a minute before the cut, docs/decisions.md "Sentence length cap").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractBench {

    static final ArticleInput TOPICAL = new ArticleInput("story.txt", IngestBench.PROSE, LocalDate.of(2023, 3, 14));
    static final String UNRELATED = ("The city council approved a new budget for public transport and road repairs. "
            + "A local bakery won a prize for its rye bread at the autumn fair. "
            + "The orchestra announced a season of five concerts, the first of them in October. ").repeat(12);

    static final ArticleInput RUN_ON = new ArticleInput("run-on.txt", runOnSentence(), LocalDate.of(2023, 5, 1));

    private EventExtractor extractor;

    static String runOnSentence() {
        StringBuilder sb = new StringBuilder("Kazakhstan said");
        while (sb.length() < 60_000) {
            sb.append(" that Russia halted oil through the CPC pipeline and Azerbaijan supported Georgia and");
        }
        return sb.append(" more.").toString();
    }

    @Setup
    public void loadRules() {
        extractor = EventExtractor.createRulesOnly();
    }

    @Benchmark
    public List<ExtractedEvent> extractTopicalArticle() {
        return extractor.extract(TOPICAL);
    }

    @Benchmark
    public List<ExtractedEvent> extractRunOnSentence() {
        return extractor.extract(RUN_ON);
    }

    @Benchmark
    public boolean screenUnrelatedArticle() {
        return extractor.mayBeRelevant(UNRELATED);
    }
}
