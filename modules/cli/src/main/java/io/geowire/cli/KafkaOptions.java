package io.geowire.cli;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How every verb that talks to Kafka reaches the cluster and names the topics (bootstrap is per verb). */
final class KafkaOptions {

    @Option(names = "--client-config", description = "Kafka client properties file (TLS, SASL, ...)")
    Path clientConfig;

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix for every topic name")
    String topicPrefix;

    Topics topics() {
        return Topics.withPrefix(topicPrefix);
    }

    ClientConfigs clients(String bootstrap) {
        return ClientConfigs.of(bootstrap, clientConfig);
    }
}
