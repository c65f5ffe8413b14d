package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestException;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.Ingestor;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import java.time.Clock;
import java.util.List;

/** Produces a corpus to Kafka through the shared ingest-and-extract path; used by {@code produce} and {@code run}. */
final class CorpusRun {

    private CorpusRun() {
    }

    static ProduceSummary produce(ClientConfigs configs, Topics topics, List<String> paths, String transactionalId)
            throws IngestException {
        return produce(configs, topics, paths, transactionalId, IngestOptions.defaults());
    }

    static ProduceSummary produce(ClientConfigs configs, Topics topics, List<String> paths, String transactionalId,
            IngestOptions ingestOptions) throws IngestException {
        return produce(configs, topics, paths, transactionalId, ingestOptions, PipelineMetrics.none());
    }

    /** As above, counting inputs, dead letters, events and extraction times into {@code metrics}. */
    static ProduceSummary produce(ClientConfigs configs, Topics topics, List<String> paths, String transactionalId,
            IngestOptions ingestOptions, PipelineMetrics metrics) throws IngestException {
        return produce(configs, topics, paths, transactionalId, ingestOptions, metrics, EventExtractor.createDefault());
    }

    /** As above, with the given extractor (the benchmark compares the rules alone with the learned stage). */
    static ProduceSummary produce(ClientConfigs configs, Topics topics, List<String> paths, String transactionalId,
            IngestOptions ingestOptions, PipelineMetrics metrics, EventExtractor extractor) throws IngestException {
        ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(ingestOptions), extractor, metrics);
        try (CorpusProducer producer =
                new CorpusProducer(configs, topics, transactionalId, Clock.systemUTC(), metrics)) {
            IngestSummary ingested = pipeline.run(paths, producer::send, Progress.onConsole());
            ProduceSummary produced = producer.summary();
            if (ingested.inputs() != produced.inputs()) {
                throw new IllegalStateException("ingestion saw " + ingested.inputs() + " inputs but "
                        + produced.inputs() + " were produced");
            }
            return produced;
        }
    }
}
