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
import java.util.function.Consumer;

/**
 * Ingestion followed by extraction: the one path from files to articles with events, shared by
 * {@code produce}, {@code run}, {@code replay} and {@code extract}, so what one verb shows is what another sends.
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

    /** Extracts the events of an article that ingested OK; others carry none. */
    public ProducedArticle process(IngestedArticle article) {
        if (article.status() != IngestStatus.OK) {
            return new ProducedArticle(article, List.of());
        }
        long started = System.nanoTime();
        List<ExtractedEvent> events =
                extractor.extract(new ArticleInput(article.article(), article.text(), article.published(),
                        article.publishedEstimated()));
        metrics.extracted(System.nanoTime() - started);
        return new ProducedArticle(article, events);
    }
}
