package io.geowire.cli;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestException;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs ingestion and extraction over files without Kafka, for {@code extract} and {@code evaluate}.
 * Unlike the producer it also extracts from duplicates: these verbs answer "what does this file say",
 * not "what reaches the topics".
 */
final class ExtractionRun {

    private final EventExtractor extractor;
    private final IngestOptions ingestOptions;

    ExtractionRun(EventExtractor extractor) {
        this(extractor, IngestOptions.defaults());
    }

    ExtractionRun(EventExtractor extractor, IngestOptions ingestOptions) {
        this.extractor = extractor;
        this.ingestOptions = ingestOptions;
    }

    /** Calls {@code sink} with each readable article and its events; reports skipped inputs on {@code err}. */
    IngestSummary run(List<String> paths, PrintWriter err, BiConsumer<IngestedArticle, List<ExtractedEvent>> sink)
            throws IngestException {
        return new Ingestor(ingestOptions).ingest(paths, article -> {
            if (article.status() == IngestStatus.DEAD_LETTER) {
                err.println("skipped " + article.article() + ": " + article.reason());
                return;
            }
            sink.accept(article, extractor.extract(
                    new ArticleInput(article.article(), article.text(), article.published())));
        });
    }

    /** Events per article file name, for evaluation against gold files named after the articles. */
    Map<String, List<ExtractedEvent>> byArticle(List<String> paths, PrintWriter err) throws IngestException {
        Map<String, List<ExtractedEvent>> result = new LinkedHashMap<>();
        run(paths, err, (article, events) ->
                result.computeIfAbsent(article.article(), k -> new ArrayList<>()).addAll(events));
        return result;
    }
}
