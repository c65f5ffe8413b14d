package io.geowire.cli;

import io.geowire.ingest.IngestException;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.ProduceSummary;
import io.geowire.streams.StreamsSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Everything on one machine: a Kafka broker (embedded unless --bootstrap), the topics, the",
            "Streams application and the API, then replays the corpus into the pipeline."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", description = "Corpus folder or file (repeatable; default: the bundled sample corpus)")
    List<String> corpus;

    @Option(names = "--bootstrap", description = "Use this Kafka cluster (host:port,...) instead of an embedded broker")
    String bootstrap;

    @Option(names = "--client-config", description = "Kafka client properties file (TLS, SASL, ...)")
    Path clientConfig;

    @Option(names = "--kafka-port", defaultValue = "0",
            description = "Client port of the embedded broker (default: any free port, printed at start)")
    int kafkaPort;

    @Option(names = "--data-dir", description = "Keep broker data and Streams state here (default: temp folders)")
    Path dataDir;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the API binds to (default ${DEFAULT-VALUE}: the API has no authentication)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "API and dashboard port (0 = any free port; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix for every topic name")
    String topicPrefix;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description = "Streams application id (default ${DEFAULT-VALUE})")
    String applicationId;

    @Option(names = "--once", description = "Exit when the corpus is fully processed and the state has settled")
    boolean once;

    @Option(names = "--json", description = "With --once: the last stdout line is a JSON summary")
    boolean json;

    @Option(names = "--settle-timeout", defaultValue = "PT5M",
            description = "With --once: give up waiting for the state after this long (ISO-8601, default ${DEFAULT-VALUE})")
    Duration settleTimeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        List<String> paths = corpus == null || corpus.isEmpty() ? List.of(SampleCorpus.extract().toString()) : corpus;
        LocalPipeline.Settings settings = new LocalPipeline.Settings(bootstrap, clientConfig, kafkaPort, dataDir, host,
                port, topicPrefix, applicationId, 0, Duration.ofMinutes(2));
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            err.printf("geowire: Kafka at %s%s, API and dashboard at %s%n", pipeline.bootstrap(),
                    pipeline.embeddedBroker() ? " (embedded broker)" : "", pipeline.apiUrl());
            err.flush();
            ProduceSummary produced;
            try {
                produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(), paths,
                        CorpusProducer.DEFAULT_TRANSACTIONAL_ID + "-" + applicationId);
            } catch (IngestException e) {
                err.println("geowire run: " + e.getMessage());
                return ExitCodes.NO_INPUT;
            }
            if (!once) {
                err.println("geowire: corpus produced (" + produced.inputs() + " inputs); serving until Ctrl-C");
                err.flush();
                Shutdown.closeOnShutdown(pipeline);
                return ExitCodes.OK;
            }
            boolean settled = Settling.await(pipeline, produced, settleTimeout);
            Map<String, Object> summary = RunSummary.toMap(pipeline.streams().queries(), produced, pipeline,
                    (System.nanoTime() - started) / 1_000_000);
            summary.put("settled", settled);
            out.println(json ? Json.line(summary) : RunSummary.toText(summary));
            out.flush();
            return settled && Boolean.TRUE.equals(summary.get("balanced")) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
