package io.geowire.kafka.embedded.internal;

import io.geowire.kafka.embedded.BrokerOptions;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** The full property set of the one-node KRaft broker (broker and controller in one process). */
public final class BrokerConfig {

    /** One node, so its id is fixed; it must match the single entry of {@code controller.quorum.voters}. */
    static final int NODE_ID = 1;
    static final String HOST = "localhost";

    private BrokerConfig() {
    }

    /**
     * Layout: defaults first, then {@link BrokerOptions#singleNodeSettings()}, then the caller's extras, and last the
     * settings that tie the broker to its ports and directory (overriding those would break the start sequence).
     */
    public static Properties build(BrokerOptions options, int clientPort, int controllerPort, Path dataDir) {
        Properties props = new Properties();
        props.putAll(BrokerOptions.singleNodeSettings());
        props.putAll(options.brokerProperties());
        props.putAll(Map.of(
                "process.roles", "broker,controller",
                "node.id", Integer.toString(NODE_ID),
                // Static voters (not a dynamic quorum formatted with --standalone): the voter's address lives in
                // the config, not in the metadata log, so a kept data dir still starts when the ports change.
                "controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort,
                "listeners", "PLAINTEXT://" + HOST + ":" + clientPort + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort,
                "controller.listener.names", "CONTROLLER",
                "inter.broker.listener.name", "PLAINTEXT",
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs", logDir(dataDir).toString()));
        return props;
    }

    public static Path logDir(Path dataDir) {
        return dataDir.resolve("kraft-logs");
    }

    /** Writes the properties where the storage tool (which only reads files) and a curious operator find them. */
    public static Path write(Properties props, Path dataDir) throws IOException {
        Path file = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(out, "written by geowire EmbeddedKafkaBroker on every start");
        }
        return file;
    }
}
