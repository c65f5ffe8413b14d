package io.geowire.producer;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.eval.Evaluator;
import io.geowire.ingest.IngestException;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scores a corpus against gold annotations through {@link ArticlePipeline}: the same ingestion (cleaning,
 * publication date) and extraction as {@code extract} and {@code produce}. {@code evaluate} and the extraction
 * quality tests both call this, so the F1 a test guards is the F1 {@code ./geowire evaluate} prints.
 */
public final class CorpusEvaluation {

    private CorpusEvaluation() {
    }

    /** Scores {@code corpus} (a folder or file) against the gold files in {@code gold}, ingest defaults. */
    public static EvaluationReport evaluate(Path gold, Path corpus, EventExtractor extractor,
                                            Consumer<IngestedArticle> skipped) throws IngestException {
        return new Evaluator().evaluate(gold, eventsByArticle(List.of(corpus.toString()), extractor, skipped));
    }

    /** Events per article file name (gold files are named after the articles), duplicates included. */
    public static Map<String, List<ExtractedEvent>> eventsByArticle(List<String> paths, EventExtractor extractor,
                                                                    Consumer<IngestedArticle> skipped)
            throws IngestException {
        Map<String, List<ExtractedEvent>> result = new LinkedHashMap<>();
        new ArticlePipeline(new Ingestor(IngestOptions.defaults()), extractor).extractAll(paths, (article, events) ->
                result.computeIfAbsent(article.article(), k -> new ArrayList<>()).addAll(events), skipped);
        return result;
    }
}
