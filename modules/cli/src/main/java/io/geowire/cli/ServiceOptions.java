package io.geowire.cli;

import io.geowire.streams.StreamsSettings;
import picocli.CommandLine.Option;

/** The Streams instance and its API, for the verbs that start one (run, replay, stream). */
final class ServiceOptions {

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the API binds to (default ${DEFAULT-VALUE}: the API has no authentication)")
    String host;

    @Option(names = "--port", defaultValue = "8080",
            description = "API and dashboard port (0 = any free port; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description = "Streams application id, shared by all instances (default ${DEFAULT-VALUE})")
    String applicationId;
}
