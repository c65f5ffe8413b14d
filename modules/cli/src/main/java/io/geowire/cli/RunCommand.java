package io.geowire.cli;

import io.geowire.producer.CorpusProducer;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run everything on one machine and feed it a corpus.",
        description = "Starts a Kafka broker (embedded unless --bootstrap is given), creates the topics, starts the "
            + "Streams application and the API, then replays the corpus into the pipeline.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", description = "Corpus folder or file (repeatable; default: the bundled sample corpus)")
    List<String> corpus;

    @Option(names = "--bootstrap", description = "Use this Kafka cluster (host:port,...) instead of an embedded broker")
    String bootstrap;

    @Option(names = "--kafka-port", defaultValue = "0",
            description = "Client port of the embedded broker (default: any free port, printed at start)")
    int kafkaPort;

    @Option(names = "--data-dir", description = "Keep broker data and Streams state here (default: temp folders)")
    Path dataDir;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    @Mixin
    OnceOptions once;

    @Mixin
    IngestLimitsOptions limits;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        List<String> paths = corpus == null || corpus.isEmpty() ? List.of(SampleCorpus.extract().toString()) : corpus;
        LocalPipeline.Settings settings = service.pipeline(bootstrap, kafka, kafkaPort, dataDir, 0);
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            err.printf("geowire: Kafka at %s%s, API and dashboard at %s%n", pipeline.bootstrap(),
                    pipeline.embeddedBroker() ? " (embedded broker)" : "", pipeline.apiUrl());
            err.flush();
            ProduceSummary produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(), paths,
                    CorpusProducer.DEFAULT_TRANSACTIONAL_ID + "-" + service.applicationId, limits.options(),
                    new PipelineMetrics(pipeline.meterRegistry()));
            if (!once.once) {
                err.println("geowire: corpus produced (" + produced.inputs() + " inputs); serving until Ctrl-C");
                err.flush();
                if (!Shutdown.serveUntilShutdown(pipeline, pipeline::streamsFailed)) {
                    err.println("geowire: " + pipeline.streamsFailure());
                    return ExitCodes.FAILURE;
                }
                return ExitCodes.OK;
            }
            return once.report(pipeline, produced, started, Map.of(), out, err);
        }
    }
}
