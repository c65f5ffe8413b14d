package io.geowire.cli;

import io.geowire.ingest.live.LiveSource;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.RawArticleIngest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run the whole pipeline on a corpus and live sources.",
        description = "Starts a Kafka broker (embedded unless --bootstrap is given), creates the topics, starts the "
            + "Streams application and the API, then replays the corpus into the pipeline and keeps ingesting what "
            + "arrives in watched folders (--watch) and feeds (--feeds), each item exactly once across restarts.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", description = "Corpus folder or file (repeatable; default: the bundled sample corpus, "
            + "unless live sources are given)")
    List<String> corpus;

    @Option(names = "--bootstrap", description = "Use this Kafka cluster (host:port,...) instead of an embedded broker")
    String bootstrap;

    @Option(names = "--kafka-port", defaultValue = "0",
            description = "Client port of the embedded broker (default: any free port, printed at start)")
    int kafkaPort;

    @Option(names = "--data-dir", description = "Keep broker data and Streams state here (default: $XDG_DATA_HOME/geowire "
            + "or ~/.local/share/geowire, printed at start; temp folders with --once)")
    Path dataDir;

    @Option(names = "--ephemeral", description = "Keep nothing: broker data and Streams state in temp folders (tests, demos)")
    boolean ephemeral;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    @Mixin
    OnceOptions once;

    @Mixin
    IngestLimitsOptions limits;

    @Mixin
    ExtractorOptions extraction;

    @Mixin
    TransactionOptions transactions;

    @Mixin
    LiveSourceOptions live;

    @Mixin
    TopicSourceOptions fromTopic;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        boolean liveSources = live.any() || fromTopic.given();
        if (once.once && liveSources) {
            throw new ParameterException(spec.commandLine(), "--once ends when the input is processed; live "
                    + "sources (--watch, --feeds, --from-topic) never end");
        }
        List<String> paths = corpus != null && !corpus.isEmpty() ? corpus
                : liveSources ? List.of() : List.of(SampleCorpus.extract().toString());
        List<LiveSource> sources;
        try {
            sources = live.sources(limits.options(), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path data = dataDir(err);
        LocalPipeline.Settings settings = service.pipeline(bootstrap, kafka, kafkaPort, data, 0);
        try (LiveRun liveRun = new LiveRun();
                LocalPipeline pipeline = LocalPipeline.start(settings, liveRun.sourcesInfo())) {
            err.printf("geowire: Kafka at %s%s, API and dashboard at %s%n", pipeline.bootstrap(),
                    pipeline.embeddedBroker() ? " (embedded broker)" : "", pipeline.apiUrl());
            err.flush();
            ProduceSummary produced = paths.isEmpty() ? new ProduceSummary(0, 0, 0, 0, 0, 0)
                    : CorpusRun.produce(pipeline.clients(), pipeline.topics(), paths,
                            CorpusProducer.DEFAULT_TRANSACTIONAL_ID + "-" + service.applicationId, limits.options(),
                            new PipelineMetrics(pipeline.meterRegistry()), extraction.create(),
                            ArticlePipeline.defaultExtractThreads(), transactions.batching());
            if (!once.once) {
                if (!sources.isEmpty()) {
                    liveRun.start(pipeline.clients(), pipeline.topics(), LiveRun.transactionalId(
                            service.applicationId), limits.options(), sources, extraction.create());
                    err.println("geowire: watching " + sources.size() + " live source(s); their state is at "
                            + pipeline.apiUrl() + "/api/sources");
                }
                err.println("geowire: corpus produced (" + produced.inputs() + " inputs); serving until Ctrl-C");
                err.flush();
                AutoCloseable withTopic = fromTopic.given() ? withTopicSource(pipeline, err) : pipeline;
                AutoCloseable everything = () -> {
                    liveRun.close(); // stops producing before the broker it writes to goes away
                    withTopic.close();
                };
                if (!Shutdown.serveUntilShutdown(everything,
                        () -> pipeline.streamsFailed() || liveRun.failure().isPresent())) {
                    err.println("geowire: " + liveRun.failure().orElseGet(pipeline::streamsFailure));
                    return ExitCodes.FAILURE;
                }
                return ExitCodes.OK;
            }
            return once.report(pipeline, produced, started, Map.of(), out, err);
        } finally {
            sources.forEach(LiveSource::close);
        }
    }

    /** The data dir in use (null = temp folders), said to the user because it outlives the process. */
    private Path dataDir(PrintWriter err) {
        try {
            Path data = DataDirs.forRun(dataDir, ephemeral, once.once).orElse(null);
            err.println(data != null ? "geowire: data in " + data + " (kept between runs; --ephemeral for a throwaway run)"
                    : ephemeral ? "geowire: ephemeral run: broker data and state go to temp folders"
                    : "geowire: --once without --data-dir: temp folders, so the check starts from an empty state");
            err.flush();
            return data;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The pipeline plus the raw-articles source feeding it; closing stops the source first. */
    private AutoCloseable withTopicSource(LocalPipeline pipeline, PrintWriter err) {
        RawArticleIngest source = fromTopic.start(pipeline.clients(), pipeline.topics(), limits.options(),
                extraction.create());
        err.println("geowire: also ingesting from " + fromTopic.topic(pipeline.topics()));
        err.flush();
        return () -> {
            source.close();
            pipeline.close();
        };
    }
}
