package io.geowire.testing.internal;

import io.geowire.testing.TestKafka;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The one cluster of a test JVM; JUnit closes it (an {@link AutoCloseable} in the root store) after the last test. */
public final class SharedKafka implements TestKafka, AutoCloseable {

    public static final String BOOTSTRAP_PROPERTY = "geowire.test.bootstrap";
    public static final String CLIENT_PROPERTIES_PROPERTY = "geowire.test.client.properties";
    public static final String MODE_PROPERTY = "geowire.test.broker";
    public static final String IMAGE_PROPERTY = "geowire.test.kafka.image";
    static final String DEFAULT_IMAGE = "apache/kafka:4.2.0";

    private static final Logger LOG = LoggerFactory.getLogger(SharedKafka.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final BrokerHandle broker;
    private final Map<String, Object> clientConfig;
    private final UniqueNames names = new UniqueNames();
    private Admin admin;

    private SharedKafka(BrokerHandle broker, Map<String, Object> clientConfig) {
        this.broker = broker;
        this.clientConfig = Map.copyOf(clientConfig);
    }

    public static SharedKafka start() {
        long startNanos = System.nanoTime();
        BrokerHandle broker = startBroker();
        Map<String, Object> config = new HashMap<>(clientProperties());
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        LOG.info("test Kafka: {} (ready in {} ms)", broker.description(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        return new SharedKafka(broker, config);
    }

    private static BrokerHandle startBroker() {
        String external = System.getProperty(BOOTSTRAP_PROPERTY, "").trim();
        if (!external.isEmpty()) {
            return new ExternalHandle(external);
        }
        String mode = System.getProperty(MODE_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "embedded":
                return EmbeddedHandle.start();
            case "container":
                return ContainerHandle.start(image());
            case "auto":
                return DockerProbe.isDockerAvailable() ? ContainerHandle.start(image()) : EmbeddedHandle.start();
            default:
                throw new IllegalArgumentException(MODE_PROPERTY + " must be auto, embedded or container, was " + mode);
        }
    }

    private static String image() {
        return System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE);
    }

    private static Map<String, Object> clientProperties() {
        String file = System.getProperty(CLIENT_PROPERTIES_PROPERTY, "").trim();
        Map<String, Object> config = new HashMap<>();
        if (file.isEmpty()) {
            return config;
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLIENT_PROPERTIES_PROPERTY + " file " + file, e);
        }
        props.stringPropertyNames().forEach(name -> config.put(name, props.getProperty(name)));
        return config;
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public Map<String, Object> clientConfig() {
        return clientConfig;
    }

    @Override
    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(clientConfig);
        }
        return admin;
    }

    @Override
    public String uniqueName(String prefix) {
        return names.next(prefix);
    }

    @Override
    public String createTopic(String prefix, int partitions) {
        String name = uniqueName(prefix);
        // empty replication factor = the cluster's default: 1 on a single node, whatever an external cluster wants
        NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ADMIN_TIMEOUT_SECONDS);
        try {
            admin().createTopics(List.of(topic)).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            awaitLeaders(name, deadline);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + name + " on " + description(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
        return name;
    }

    /**
     * The controller acknowledges a new topic before the brokers have applied it to their metadata; until then a
     * consumer's {@code partitionsFor} sees nothing and a listing misses it. Wait until every partition has a leader.
     */
    private void awaitLeaders(String name, long deadline) throws InterruptedException, TimeoutException {
        while (!allPartitionsLed(name)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topic " + name + " has no leaders after " + ADMIN_TIMEOUT_SECONDS + " s");
            }
            Thread.sleep(20);
        }
    }

    private boolean allPartitionsLed(String name) throws InterruptedException, TimeoutException {
        try {
            TopicDescription description = admin().describeTopics(List.of(name)).allTopicNames()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(name);
            return description.partitions().stream().allMatch(partition -> partition.leader() != null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new IllegalStateException("cannot describe topic " + name, e.getCause());
        }
    }

    @Override
    public String description() {
        return broker.description();
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        broker.close();
    }
}
