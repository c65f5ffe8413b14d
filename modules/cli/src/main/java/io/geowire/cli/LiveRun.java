package io.geowire.cli;

import io.geowire.api.SourceInfo;
import io.geowire.api.SourcesInfo;
import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.Ingestor;
import io.geowire.ingest.live.LiveSource;
import io.geowire.ingest.live.SourceState;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.LiveIngestion;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The live sources of one process, wired for a verb: {@link #sourcesInfo()} can be handed to the API before the
 * sources start (it lists nothing until then), {@link #start} runs them into Kafka, {@link #close()} stops them.
 * {@code run} and {@code ingest} use it, each with its own clients, topics and transactional id.
 */
final class LiveRun implements AutoCloseable {

    private volatile LiveIngestion ingestion;

    /** The transactional id of the live producer of an application: stable, so a restart fences a dead process. */
    static String transactionalId(String applicationId) {
        return CorpusProducer.DEFAULT_TRANSACTIONAL_ID + "-live-" + applicationId;
    }

    SourcesInfo sourcesInfo() {
        return () -> {
            LiveIngestion live = ingestion;
            return live == null ? List.of() : live.states().stream().map(LiveRun::info).toList();
        };
    }

    /** Reads the positions back and starts polling; returns once the sources run. */
    void start(ClientConfigs clients, Topics topics, String transactionalId, IngestOptions options,
            List<LiveSource> sources, EventExtractor extractor) {
        ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(options), extractor);
        LiveIngestion live = new LiveIngestion(clients, topics, transactionalId, pipeline, sources,
                Clock.systemUTC());
        live.start();
        ingestion = live;
    }

    /** Why the live sources stopped for good; empty while they run (or never started). */
    Optional<String> failure() {
        LiveIngestion live = ingestion;
        return live == null ? Optional.empty() : live.failure();
    }

    static SourceInfo info(SourceState s) {
        return new SourceInfo(s.id(), s.kind(), s.location(), s.polls(), s.lastPoll(), s.items(), s.produced(),
                s.alreadyProduced(), s.articles(), s.duplicates(), s.deadLetters(), s.errors(), s.lastError(),
                s.lastErrorAt());
    }

    @Override
    public void close() {
        LiveIngestion live = ingestion;
        if (live != null) {
            live.close();
        }
    }
}
