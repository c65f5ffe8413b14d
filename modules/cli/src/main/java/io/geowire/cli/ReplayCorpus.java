package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestException;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.Ingestor;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.ProducedArticle;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Re-reads a corpus and produces it again in publication-date order: everything is ingested and extracted first
 * (ordering needs every date), then sent one article per transaction, optionally from a date on and paced so that
 * {@code speed} seconds of publication time pass per second. Undated inputs (dead letters, articles without a
 * date) cannot be placed in time: they go last and are never skipped by {@code from}.
 */
final class ReplayCorpus {

    private static final long MAX_PAUSE_MILLIS = 60_000;

    /** @param from first publication date to send, or null; @param speed publication seconds per second, 0 = no pacing */
    record Pacing(LocalDate from, double speed) {
    }

    private ReplayCorpus() {
    }

    static ProduceSummary produce(ClientConfigs configs, Topics topics, List<String> paths, String transactionalId,
            Pacing pacing, IngestOptions ingestOptions, EventExtractor extractor, PrintStream progress)
            throws IngestException, InterruptedException {
        List<ProducedArticle> ordered =
                inPublicationOrder(read(paths, ingestOptions, extractor, progress), pacing.from());
        ReplayProgress bar = new ReplayProgress(progress, ordered.size());
        try (CorpusProducer producer = new CorpusProducer(configs, topics, transactionalId, Clock.systemUTC())) {
            LocalDate previous = null;
            for (ProducedArticle article : ordered) {
                LocalDate date = article.ingested().published();
                pause(previous, date, pacing.speed());
                previous = date == null ? previous : date;
                producer.send(article);
                bar.sent(date);
            }
            bar.done();
            return producer.summary();
        }
    }

    static List<ProducedArticle> read(List<String> paths, IngestOptions ingestOptions, EventExtractor extractor,
            PrintStream progress) throws IngestException {
        Ingestor ingestor = new Ingestor(ingestOptions);
        ArticlePipeline pipeline = new ArticlePipeline(ingestor, extractor);
        List<ProducedArticle> all = new ArrayList<>();
        ingestor.ingest(paths, article -> all.add(pipeline.process(article)), ProgressBar.forConsole(progress));
        return all;
    }

    /** Stable sort by publication date, undated last; drops dated articles published before {@code from}. */
    static List<ProducedArticle> inPublicationOrder(List<ProducedArticle> all, LocalDate from) {
        return all.stream()
                .filter(a -> from == null || a.ingested().published() == null
                        || !a.ingested().published().isBefore(from))
                .sorted(Comparator.comparing((ProducedArticle a) -> a.ingested().published(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Publication days between two articles, scaled by speed; capped so a gap of years does not stall the replay. */
    static long pauseMillis(LocalDate previous, LocalDate next, double speed) {
        if (speed <= 0 || previous == null || next == null || !next.isAfter(previous)) {
            return 0;
        }
        double seconds = ChronoUnit.DAYS.between(previous, next) * 86_400.0 / speed;
        return Math.min(MAX_PAUSE_MILLIS, Math.round(seconds * 1000));
    }

    private static void pause(LocalDate previous, LocalDate next, double speed) throws InterruptedException {
        long millis = pauseMillis(previous, next, speed);
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
