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

    public ArticlePipeline(Ingestor ingestor, EventExtractor extractor) {
        this.ingestor = ingestor;
        this.extractor = extractor;
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

    /** Extracts the events of an article that ingested OK; others carry none. */
    public ProducedArticle process(IngestedArticle article) {
        if (article.status() != IngestStatus.OK) {
            return new ProducedArticle(article, List.of());
        }
        List<ExtractedEvent> events =
                extractor.extract(new ArticleInput(article.article(), article.text(), article.published(),
                        article.publishedEstimated()));
        return new ProducedArticle(article, events);
    }
}
