package io.geowire.cli;

import io.geowire.api.ApiOptions;
import io.geowire.api.ApiSecurity;
import io.geowire.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The Streams instance and its API, for the verbs that start one (run, replay, stream). */
final class ServiceOptions {

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the API binds to (default ${DEFAULT-VALUE}); any other address needs --api-token-file "
                + "or " + ApiSecurityOptions.TOKEN_ENV)
    String host;

    @Option(names = "--port", defaultValue = "8080",
            description = "API and dashboard port (0 = any free port; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description = "Streams application id, shared by all instances (default ${DEFAULT-VALUE})")
    String applicationId;

    @Mixin
    ApiSecurityOptions apiSecurity;

    /** How long a starting instance may take to reach RUNNING (restoring state from changelogs included). */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    /** The pipeline these options describe, on {@code bootstrap} (null: an embedded broker on {@code kafkaPort}). */
    LocalPipeline.Settings pipeline(String bootstrap, KafkaOptions kafka, int kafkaPort, Path dataDir,
            int standbyReplicas) {
        ApiSecurity security = apiSecurity.security(System.getenv());
        // refused before a broker or Streams instance is started for nothing
        new ApiOptions(host, port, security).requireProtected();
        return new LocalPipeline.Settings(bootstrap, kafka.clientConfig, kafkaPort, dataDir, host, port,
                kafka.topicPrefix, applicationId, standbyReplicas, START_TIMEOUT, security);
    }
}
