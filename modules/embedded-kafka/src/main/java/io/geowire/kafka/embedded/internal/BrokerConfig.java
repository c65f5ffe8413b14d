package io.geowire.kafka.embedded.internal;

import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.BrokerSecurity;

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
        return build(options, clientPort, 0, controllerPort, dataDir);
    }

    /**
     * As {@link #build(BrokerOptions, int, int, Path)}; {@code brokerPort} is the broker's own TLS listener,
     * used (and needed) only with {@link BrokerOptions#security()}.
     */
    public static Properties build(BrokerOptions options, int clientPort, int brokerPort, int controllerPort,
            Path dataDir) {
        if (options.security() != null) {
            return secured(options, options.security(), clientPort, brokerPort, controllerPort, dataDir);
        }
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

    private static Properties secured(BrokerOptions options, BrokerSecurity security, int clientPort, int brokerPort,
            int controllerPort, Path dataDir) {
        Properties props = new Properties();
        props.putAll(BrokerOptions.singleNodeSettings());
        props.putAll(options.brokerProperties());
        String client = "SASL_SSL://" + HOST + ":" + clientPort;
        String broker = "BROKER://" + HOST + ":" + brokerPort;
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", client + "," + broker + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", client + "," + broker);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "BROKER");
        props.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,BROKER:SSL,CONTROLLER:SSL");
        // TLS on every listener, with the one key pair; the broker's own listeners admit only that key's holder
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.keystore.location", security.keystore().toString());
        props.put("ssl.keystore.password", security.storePassword());
        props.put("ssl.key.password", security.storePassword());
        props.put("ssl.truststore.type", "PKCS12");
        props.put("ssl.truststore.location", security.truststore().toString());
        props.put("ssl.truststore.password", security.storePassword());
        props.put("listener.name.broker.ssl.client.auth", "required");
        props.put("listener.name.controller.ssl.client.auth", "required");
        // clients: SCRAM-SHA-512 (credentials are kept, salted, in the cluster metadata)
        props.put("sasl.enabled.mechanisms", BrokerSecurity.SCRAM_MECHANISM);
        props.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        // ACLs: nothing is allowed unless an ACL allows it, except to the broker itself and the admin
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:" + security.certificateSubject() + ";User:" + security.adminUser());
        props.put("log.dirs", logDir(dataDir).toString());
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
