package io.geowire.benchmarks;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ingestion of one article through the public {@link Ingestor} API with the default options (decoding,
 * cleaning, metadata, date estimate, language detection, duplicate check): an HTML page and a plain-text page of
 * the same story, about 4 KB of prose each, and the story as undated plain text (no date line or metadata: the
 * publication date is estimated from the dates the text mentions, the path most scraped text takes), and the
 * text page with a site menu inside a paragraph. An Ingestor remembers what it has seen, so each call gets a fresh one
 * (made outside the measured time) and the article is never a duplicate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IngestBench {

    static final String PROSE = Articles.prose(8, 7);
    static final String HTML = Articles.htmlPage(PROSE);
    static final String TEXT = Articles.textPage(PROSE);
    static final String UNDATED = Articles.undatedTextPage(PROSE);
    static final String MENU = Articles.menuTextPage(PROSE);

    private Ingestor ingestor;

    @Setup(Level.Invocation)
    public void freshRun() {
        ingestor = new Ingestor(IngestOptions.defaults());
    }

    @Benchmark
    public IngestedArticle cleanHtmlArticle() {
        return ingestor.ingestText("story.html", HTML);
    }

    @Benchmark
    public IngestedArticle cleanTextArticle() {
        return ingestor.ingestText("story.txt", TEXT);
    }

    /** A site menu inside a paragraph: the language shortcut answers without the model (issue 13). */
    @Benchmark
    public IngestedArticle cleanTextArticleWithMenu() {
        return ingestor.ingestText("story.txt", MENU);
    }

    @Benchmark
    public IngestedArticle cleanUndatedTextArticle() {
        return ingestor.ingestText("story.txt", UNDATED);
    }
}
