package io.geowire.cli;

import io.geowire.extract.learned.EmbeddingCache;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        header = "Rebuild the state from scratch.",
        description = "Resets the Streams application (committed offsets, internal changelog and repartition topics, "
            + "local state; no instance may be running), then starts an instance with its API that reprocesses the "
            + "input topics from the earliest offset. With --corpus it produces the corpus again instead, in "
            + "publication-date order, optionally from a date and paced by --speed.")
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", description = "Kafka cluster (host:port,...); default: the embedded broker of --data-dir")
    String bootstrap;

    @Option(names = "--kafka-port", defaultValue = "0", description = "Client port of the embedded broker")
    int kafkaPort;

    @Option(names = "--data-dir", description = "Broker data (embedded) and Streams state, as given to run --data-dir "
            + "(default: the per-user one run uses, $XDG_DATA_HOME/geowire or ~/.local/share/geowire)")
    Path dataDir;

    @Option(names = "--ephemeral", description = "Streams state in a temp folder; with no --bootstrap or --corpus "
            + "there is then nothing to replay")
    boolean ephemeral;

    @Option(names = "--corpus", description = "Produce this corpus again instead of reprocessing the topics (repeatable)")
    List<String> corpus;

    @Option(names = "--from", description = "With --corpus: skip articles published before this date (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--speed", defaultValue = "0",
            description = "With --corpus: publication seconds per second, e.g. 86400 = one day per second (0 = as fast as possible)")
    double speed;

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

    @Override
    public Integer call() throws Exception {
        Path data = validate();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        LocalPipeline.Settings settings = service.pipeline(bootstrap, kafka, kafkaPort, data, 0);
        Replay replay = Replay.start(new Replay.Request(settings, corpus, new ReplayCorpus.Pacing(from, speed),
                limits.options(), extraction), System.err);
        try (replay) {
            LocalPipeline pipeline = replay.pipeline();
            if (corpus != null) {
                EmbeddingCache.Stats cache = EmbeddingCache.shared().stats();
                System.err.printf(java.util.Locale.ROOT, "geowire: encoder cache: %d of %d sentences served from "
                        + "the cache (%.1f%%)%n", cache.hits(), cache.hits() + cache.misses(), 100 * cache.hitRate());
            }
            if (!once.once) {
                System.err.println("geowire: replayed; API and dashboard at " + pipeline.apiUrl() + ", until Ctrl-C");
                if (!Shutdown.serveUntilShutdown(replay, pipeline::streamsFailed)) {
                    System.err.println("geowire: " + pipeline.streamsFailure());
                    return ExitCodes.FAILURE;
                }
                return ExitCodes.OK;
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("replayed", corpus == null ? "topics" : "corpus");
            extra.put("deleted_internal_topics", replay.reset().deletedTopics().size());
            return once.report(pipeline, replay.expected(), started, extra, out, spec.commandLine().getErr());
        }
    }

    /** Checks the options; returns the data dir to use (null = temp folders). */
    private Path validate() {
        if (corpus == null && (from != null || speed != 0)) {
            throw new ParameterException(spec.commandLine(), "--from and --speed pace a corpus: give --corpus too");
        }
        if (speed < 0) {
            throw new ParameterException(spec.commandLine(), "--speed must not be negative");
        }
        Path data;
        try {
            data = DataDirs.choose(dataDir, ephemeral).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // the embedded broker of an earlier run is only worth starting if that run left its data
        boolean earlierRun = data != null && Files.isDirectory(data.resolve(LocalPipeline.BROKER_SUBDIR));
        if (bootstrap == null && !earlierRun && corpus == null) {
            throw new ParameterException(spec.commandLine(), "nothing to replay: give --bootstrap, --corpus, or the "
                    + "--data-dir of an earlier run" + (data == null ? "" : " (" + data + " holds no broker data)"));
        }
        if (data != null) {
            System.err.println("geowire: data in " + data);
        }
        return data;
    }
}
