package io.geowire.producer;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestException;
import io.geowire.ingest.IngestListener;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Ingestion followed by extraction: the one path from files to articles with events, shared by
 * {@code produce}, {@code run}, {@code replay}, {@code extract}, {@code evaluate} and the extraction quality tests,
 * so what one verb shows (or one test guards) is what another sends.
 */
public final class ArticlePipeline {

    private final Ingestor ingestor;
    private final EventExtractor extractor;
    private final PipelineMetrics metrics;

    public ArticlePipeline(Ingestor ingestor, EventExtractor extractor) {
        this(ingestor, extractor, PipelineMetrics.none());
    }

    /** As {@link #ArticlePipeline(Ingestor, EventExtractor)}, timing each article's extraction into {@code metrics}. */
    public ArticlePipeline(Ingestor ingestor, EventExtractor extractor, PipelineMetrics metrics) {
        this.ingestor = ingestor;
        this.extractor = extractor;
        this.metrics = metrics;
    }

    public IngestSummary run(List<String> paths, Consumer<ProducedArticle> sink) throws IngestException {
        return run(paths, sink, IngestListener.NONE);
    }

    /** As {@link #run(List, Consumer)}, telling {@code listener} (e.g. a progress bar) about every input. */
    public IngestSummary run(List<String> paths, Consumer<ProducedArticle> sink, IngestListener listener)
            throws IngestException {
        return ingestor.ingest(paths, article -> sink.accept(process(article)), listener);
    }

    /**
     * As {@link #run(List, Consumer, IngestListener)}, with extraction on {@code extractThreads} worker threads while
     * this thread goes on ingesting, and the results given to {@code sink} on one further thread in input order
     * ({@link OrderedHandOff}): the sink sees the same sequence as with {@link #run(List, Consumer, IngestListener)}.
     * Ingestion stays on this one thread, so which copy of a duplicate is the original is decided in input order
     * as before. The first failure of extraction or of the sink stops the run and is rethrown here as it was thrown.
     */
    public IngestSummary run(List<String> paths, Consumer<ProducedArticle> sink, IngestListener listener,
            int extractThreads) throws IngestException {
        IngestSummary summary;
        try (OrderedHandOff<IngestedArticle, ProducedArticle> handOff = new OrderedHandOff<>(extractThreads,
                OrderedHandOff.defaultWindow(extractThreads), "geowire-extract", this::process, sink)) {
            summary = ingestor.ingest(paths, handOff::submit, listener);
            handOff.finish();
        }
        return summary;
    }

    /** Extraction threads for {@link #run(List, Consumer, IngestListener, int)} unless told: one per core. */
    public static int defaultExtractThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Ingests and extracts the bytes of one input that arrived on its own (a watched file, a fetched page): all
     * the articles it holds, each with its events, in order. Not thread-safe, like the ingestor.
     */
    public List<ProducedArticle> processBytes(String name, String sourcePath, byte[] bytes) {
        List<ProducedArticle> out = new java.util.ArrayList<>();
        ingestor.ingestBytes(name, sourcePath, bytes, article -> out.add(process(article)));
        return out;
    }

    /** A dead letter with {@code reason} for an input that could not be read at all. */
    public ProducedArticle rejected(String name, String sourcePath, String reason) {
        return process(ingestor.rejected(name, sourcePath, reason));
    }

    /**
     * Every readable article with its events, duplicates included: what a file says, not what reaches the topics
     * (for {@code extract} and {@code evaluate}). Dead letters go to {@code skipped} with their reason.
     */
    public IngestSummary extractAll(List<String> paths, BiConsumer<IngestedArticle, List<ExtractedEvent>> sink,
                                    Consumer<IngestedArticle> skipped) throws IngestException {
        return ingestor.ingest(paths, article -> {
            if (article.status() == IngestStatus.DEAD_LETTER) {
                skipped.accept(article);
            } else {
                sink.accept(article, extract(article));
            }
        });
    }

    /** Extracts the events of an article that ingested OK; others carry none. */
    public ProducedArticle process(IngestedArticle article) {
        if (article.status() != IngestStatus.OK) {
            return new ProducedArticle(article, List.of());
        }
        return new ProducedArticle(article, extract(article));
    }

    /** The events of an ingested article's cleaned text, dated by its publication date (or the estimate), timed. */
    private List<ExtractedEvent> extract(IngestedArticle article) {
        long started = System.nanoTime();
        List<ExtractedEvent> events =
                extractor.extract(new ArticleInput(article.article(), article.text(), article.published(),
                        article.publishedEstimated()));
        metrics.extracted(System.nanoTime() - started);
        return events;
    }
}
