package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestException;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import io.geowire.producer.ArticlePipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs ingestion and extraction over files without Kafka, for {@code extract}: the producer's
 * {@link ArticlePipeline}, so what {@code extract} shows is what {@code produce} sends. Unlike the producer it also
 * extracts from duplicates: this verb answers "what does this file say", not "what reaches the topics".
 */
final class ExtractionRun {

    private final ArticlePipeline pipeline;

    ExtractionRun(EventExtractor extractor) {
        this(extractor, IngestOptions.defaults());
    }

    ExtractionRun(EventExtractor extractor, IngestOptions ingestOptions) {
        this.pipeline = new ArticlePipeline(new Ingestor(ingestOptions), extractor);
    }

    /** Calls {@code sink} with each readable article and its events; reports skipped inputs on {@code err}. */
    IngestSummary run(List<String> paths, PrintWriter err, BiConsumer<IngestedArticle, List<ExtractedEvent>> sink)
            throws IngestException {
        return pipeline.extractAll(paths, sink,
                article -> err.println("skipped " + article.article() + ": " + article.reason()));
    }
}
