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
import java.util.HashMap;
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

    /**
     * Scores as {@link #evaluate} and lists the matched events whose date disagrees with the gold date, each with its
     * article's publication date ({@code evaluate --dates}).
     */
    public static Scored evaluateWithDates(Path gold, Path corpus, EventExtractor extractor,
                                           Consumer<IngestedArticle> skipped) throws IngestException {
        Map<String, List<ExtractedEvent>> events = new LinkedHashMap<>();
        Map<String, String> published = new HashMap<>();
        new ArticlePipeline(new Ingestor(IngestOptions.defaults()), extractor).extractAll(
                List.of(corpus.toString()), (article, found) -> {
                    events.computeIfAbsent(article.article(), k -> new ArrayList<>()).addAll(found);
                    if (article.published() != null) {
                        published.put(article.article(), article.published()
                                + (article.publishedEstimated() ? " (estimated)" : ""));
                    }
                }, skipped);
        Evaluator evaluator = new Evaluator();
        return new Scored(evaluator.evaluate(gold, events), evaluator.wrongDates(gold, events, published));
    }

    /** A report and the matched events with a wrong date. */
    public record Scored(EvaluationReport report, List<Evaluator.DateMiss> wrongDates) {
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
