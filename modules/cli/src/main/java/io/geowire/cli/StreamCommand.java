package io.geowire.cli;

import io.geowire.streams.StreamsSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(names = "--client-config", description = "Kafka client properties file (TLS, SASL, ...)")
    Path clientConfig;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the API binds to (default ${DEFAULT-VALUE}: the API has no authentication)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "API port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-dir", description = "Keep Streams state here (default: a temp folder)")
    Path dataDir;

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix for every topic name")
    String topicPrefix;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description = "Streams application id shared by all instances (default ${DEFAULT-VALUE})")
    String applicationId;

    // one warm copy of every store lets another instance answer at once when this one stops
    @Option(names = "--standby-replicas", defaultValue = "1", description = "Standby copies of each store (default ${DEFAULT-VALUE})")
    int standbyReplicas;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        LocalPipeline.Settings settings = new LocalPipeline.Settings(bootstrap, clientConfig, 0, dataDir, host, port,
                topicPrefix, applicationId, standbyReplicas, Duration.ofMinutes(2));
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            err.printf("geowire: Streams instance of %s on %s, API at %s; Ctrl-C stops it%n", applicationId,
                    pipeline.bootstrap(), pipeline.apiUrl());
            err.flush();
            Shutdown.closeOnShutdown(pipeline);
        }
        return ExitCodes.OK;
    }
}
