package io.geowire.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one place Kafka client settings come from: the bootstrap address, optional client properties
 * from a file (TLS, SASL, ...), and geowire's defaults for each kind of client. Properties from the file
 * win over the defaults, so an operator can tune anything without a code change.
 */
public record ClientConfigs(String bootstrapServers, Map<String, Object> overrides) {

    public ClientConfigs {
        overrides = Map.copyOf(overrides);
    }

    public static ClientConfigs of(String bootstrapServers) {
        return new ClientConfigs(bootstrapServers, Map.of());
    }

    /** Adds the properties of {@code file} (may be null) on top of the defaults. */
    public static ClientConfigs of(String bootstrapServers, Path file) {
        if (file == null) {
            return of(bootstrapServers);
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read client properties " + file, e);
        }
        Map<String, Object> map = new HashMap<>();
        props.forEach((k, v) -> map.put(String.valueOf(k), v));
        return new ClientConfigs(bootstrapServers, map);
    }

    public Map<String, Object> admin() {
        Map<String, Object> config = base();
        config.putAll(overrides);
        return config;
    }

    /**
     * A transactional, idempotent producer of byte arrays with string keys. The settings exactly-once rests
     * on are applied after the operator's file, so a properties file can tune the producer but not weaken it.
     */
    public Map<String, Object> transactionalProducer(String transactionalId) {
        Map<String, Object> config = base();
        // articles are a few KB of text: lz4 halves the bytes at little CPU cost (measured in the notes)
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // a transaction per article commits often; a short linger still batches an article with its events
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putAll(overrides);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        // exactly once needs idempotence and acks from every in-sync replica
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    /**
     * A read_committed consumer of byte arrays: it sees only what committed transactions wrote, whatever the
     * operator's file says about isolation.
     */
    public Map<String, Object> readCommittedConsumer(String groupId) {
        Map<String, Object> config = base();
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // a tool that only reads must not move a group's offsets behind the user's back
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putAll(overrides);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return config;
    }

    private Map<String, Object> base() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }
}
