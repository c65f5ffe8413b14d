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
import io.geowire.producer.TransactionBatcher;
import io.geowire.producer.TransactionBatching;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;

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
        return produce(configs, topics, paths, transactionalId, ingestOptions, metrics, extractor,
                ArticlePipeline.defaultExtractThreads());
    }

    /** As above, extracting on {@code extractThreads} threads, with the default transaction batching. */
    static ProduceSummary produce(ClientConfigs configs, Topics topics, List<String> paths, String transactionalId,
            IngestOptions ingestOptions, PipelineMetrics metrics, EventExtractor extractor, int extractThreads)
            throws IngestException {
        return produce(configs, topics, paths, transactionalId, ingestOptions, metrics, extractor, extractThreads,
                TransactionBatching.DEFAULT);
    }

    /**
     * As above, extracting on {@code extractThreads} threads while one thread ingests and another writes the
     * transactions in input order as with a single thread ({@link ArticlePipeline#run(List,
     * java.util.function.Consumer, io.geowire.ingest.IngestListener, int)}), several inputs to a transaction as
     * {@code batching} says ({@link TransactionBatcher}).
     */
    static ProduceSummary produce(ClientConfigs configs, Topics topics, List<String> paths, String transactionalId,
            IngestOptions ingestOptions, PipelineMetrics metrics, EventExtractor extractor, int extractThreads,
            TransactionBatching batching) throws IngestException {
        ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(ingestOptions), extractor, metrics);
        CorpusProducer producer;
        try {
            producer = new CorpusProducer(configs, topics, transactionalId, Clock.systemUTC(), metrics);
        } catch (KafkaException e) {
            throw stopped(e, 0);
        }
        try (producer; TransactionBatcher batcher = new TransactionBatcher(producer, batching)) {
            IngestSummary ingested;
            try {
                ingested = run(pipeline, paths, batcher, extractThreads);
            } catch (KafkaException e) {
                throw stopped(e, producer.summary().inputs());
            }
            ProduceSummary produced = producer.summary();
            if (ingested.inputs() != produced.inputs()) {
                throw new IllegalStateException("ingestion saw " + ingested.inputs() + " inputs but "
                        + produced.inputs() + " were produced");
            }
            return produced;
        }
    }

    /**
     * Runs the pipeline into {@code batcher} and commits its last transaction. When the run stops on an error other
     * than Kafka's (an input that cannot be read, an extractor failure), the inputs handed over before it are
     * committed as they were with a transaction per input, so the run has written a prefix of its inputs; after a
     * Kafka error the open transaction was aborted and nothing more is written.
     */
    private static IngestSummary run(ArticlePipeline pipeline, List<String> paths, TransactionBatcher batcher,
            int extractThreads) throws IngestException {
        IngestSummary ingested;
        try {
            ingested = pipeline.run(paths, batcher, Progress.onConsole(), extractThreads);
        } catch (RuntimeException e) {
            if (!(e instanceof KafkaException) && !batcher.failed()) {
                try {
                    batcher.flush();
                } catch (RuntimeException commitFailed) {
                    e.addSuppressed(commitFailed);
                }
            }
            throw e;
        }
        batcher.flush();
        return ingested;
    }

    /**
     * What the user reads when Kafka stops taking writes: a retriable error that outlasted the client's timeouts is,
     * on a healthy setup, a cluster with too few live brokers for the topics' {@code min.insync.replicas} (or none
     * reachable). The Kafka message alone ("Timeout expired ... InitProducerId") says neither that nor what to do.
     * Other Kafka errors (fenced, not authorised) keep their own message.
     */
    static RuntimeException stopped(KafkaException e, long committed) {
        if (!isRetriable(e)) {
            return e;
        }
        return new IllegalStateException("Kafka stopped taking writes after " + committed + " committed inputs ("
                + e.getMessage() + "). Any transaction in progress was aborted, so none of it can be read. Check that "
                + "enough brokers are up for the topics' min.insync.replicas, then run the same command again: inputs "
                + "already committed are recognised as the same articles and do not change the state.", e);
    }

    private static boolean isRetriable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }
}
