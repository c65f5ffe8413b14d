package io.geowire.cli;

import io.geowire.ingest.IngestException;
import io.geowire.streams.StreamsSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuilds the state from scratch: resets the Streams application (committed offsets, internal",
            "changelog and repartition topics, local state; no instance may be running), then starts an instance",
            "with its API that reprocesses the input topics from the earliest offset, or, with --corpus, produces",
            "the corpus again in publication-date order (optionally from a date, paced by --speed)."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", description = "Kafka cluster (host:port,...); default: an embedded broker on --data-dir")
    String bootstrap;

    @Option(names = "--client-config", description = "Kafka client properties file (TLS, SASL, ...)")
    Path clientConfig;

    @Option(names = "--kafka-port", defaultValue = "0", description = "Client port of the embedded broker")
    int kafkaPort;

    @Option(names = "--data-dir", description = "Broker data (embedded) and Streams state, as given to run --data-dir")
    Path dataDir;

    @Option(names = "--corpus", description = "Produce this corpus again instead of reprocessing the topics (repeatable)")
    List<String> corpus;

    @Option(names = "--from", description = "With --corpus: skip articles published before this date (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--speed", defaultValue = "0",
            description = "With --corpus: publication seconds per second, e.g. 86400 = one day per second (0 = as fast as possible)")
    double speed;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address the API binds to (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "API and dashboard port (0 = any free port)")
    int port;

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix for every topic name")
    String topicPrefix;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description = "Streams application id to reset and run (default ${DEFAULT-VALUE})")
    String applicationId;

    @Option(names = "--once", description = "Exit when the replay is processed and the state has settled")
    boolean once;

    @Option(names = "--json", description = "With --once: the last stdout line is a JSON summary")
    boolean json;

    @Option(names = "--settle-timeout", defaultValue = "PT5M", description = "With --once: give up after this long")
    Duration settleTimeout;

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        LocalPipeline.Settings settings = new LocalPipeline.Settings(bootstrap, clientConfig, kafkaPort, dataDir, host,
                port, topicPrefix, applicationId, 0, Duration.ofMinutes(2));
        Replay replay;
        try {
            replay = Replay.start(new Replay.Request(settings, corpus, new ReplayCorpus.Pacing(from, speed)),
                    System.err);
        } catch (IngestException e) {
            spec.commandLine().getErr().println("geowire replay: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        try (replay) {
            LocalPipeline pipeline = replay.pipeline();
            if (!once) {
                System.err.println("geowire: replayed; API and dashboard at " + pipeline.apiUrl() + ", until Ctrl-C");
                Shutdown.closeOnShutdown(replay);
                return ExitCodes.OK;
            }
            boolean settled = Settling.await(pipeline, replay.expected(), settleTimeout);
            Map<String, Object> summary = RunSummary.toMap(pipeline.streams().queries(), replay.expected(), pipeline,
                    (System.nanoTime() - started) / 1_000_000);
            summary.put("settled", settled);
            summary.put("replayed", corpus == null ? "topics" : "corpus");
            summary.put("deleted_internal_topics", replay.reset().deletedTopics().size());
            out.println(json ? Json.line(summary) : RunSummary.toText(summary));
            out.flush();
            return settled && Boolean.TRUE.equals(summary.get("balanced")) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }

    private void validate() {
        if (corpus == null && (from != null || speed != 0)) {
            throw new ParameterException(spec.commandLine(), "--from and --speed pace a corpus: give --corpus too");
        }
        if (speed < 0) {
            throw new ParameterException(spec.commandLine(), "--speed must not be negative");
        }
        if (bootstrap == null && dataDir == null && corpus == null) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to replay: give --bootstrap, the --data-dir of an earlier run, or --corpus");
        }
    }
}
