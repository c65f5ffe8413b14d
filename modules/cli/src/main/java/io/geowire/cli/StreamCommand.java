package io.geowire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"One more instance of the Streams application with its API, against an existing cluster.",
            "Instances with the same application id share the work; any of them answers any query."})
final class StreamCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers host:port[,host:port]")
    String bootstrap;

    @Option(names = "--data-dir", description = "Keep Streams state here (default: a temp folder)")
    Path dataDir;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    // one warm copy of every store lets another instance answer at once when this one stops
    @Option(names = "--standby-replicas", defaultValue = "1", description = "Standby copies of each store (default ${DEFAULT-VALUE})")
    int standbyReplicas;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        LocalPipeline.Settings settings = service.pipeline(bootstrap, kafka, 0, dataDir, standbyReplicas);
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            err.printf("geowire: Streams instance of %s on %s, API at %s; Ctrl-C stops it%n", service.applicationId,
                    pipeline.bootstrap(), pipeline.apiUrl());
            err.flush();
            if (!Shutdown.serveUntilShutdown(pipeline, pipeline::streamsFailed)) {
                err.println("geowire: " + pipeline.streamsFailure());
                return ExitCodes.FAILURE;
            }
        }
        return ExitCodes.OK;
    }
}
