package io.geowire.kafka.embedded.internal;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits until the broker really takes writes: a probe topic is created, one record is acknowledged with
 * {@code acks=all}, and the topic is deleted again. Merely answering {@code describeCluster} is not enough: the
 * broker may still be fenced, or the new topic's leader not yet known.
 */
public final class Readiness {

    private static final String PROBE_PREFIX = "geowire-readiness-probe-";

    private Readiness() {
    }

    public static void await(String bootstrapServers, Duration timeout) throws TimeoutException {
        await(bootstrapServers, Map.of(), timeout);
    }

    /** As {@link #await(String, Duration)}, the probe clients also taking {@code security} (TLS, SASL). */
    public static void await(String bootstrapServers, Map<String, Object> security, Duration timeout)
            throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        String topic = PROBE_PREFIX + UUID.randomUUID();
        try (Admin admin = Admin.create(with(security, adminConfig(bootstrapServers, timeoutMs)))) {
            createProbeTopic(admin, topic, deadline);
            produceOne(with(security, producerConfig(bootstrapServers, remainingMs(deadline))), topic,
                    remainingMs(deadline));
            // deletion may finish after we return: nothing waits for it, and it must not delay the start
            admin.deleteTopics(List.of(topic));
        }
    }

    private static void createProbeTopic(Admin admin, String topic, long deadline) throws TimeoutException {
        NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty());
        try {
            admin.createTopics(List.of(newTopic)).all().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("broker did not create the readiness probe topic", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    private static Map<String, Object> with(Map<String, Object> security, Map<String, Object> config) {
        Map<String, Object> merged = new HashMap<>(config);
        merged.putAll(security);
        return merged;
    }

    private static void produceOne(Map<String, Object> config, String topic, long timeoutMs) throws TimeoutException {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config,
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, new byte[0])).get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker did not acknowledge the readiness probe record", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    private static Map<String, Object> adminConfig(String bootstrapServers, int timeoutMs) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "geowire-readiness-admin",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000),
                // the broker is coming up: retry soon rather than after the default backoff growth
                AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200);
    }

    private static Map<String, Object> producerConfig(String bootstrapServers, long timeoutMs) {
        int timeout = (int) Math.max(1_000, Math.min(Integer.MAX_VALUE, timeoutMs));
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "geowire-readiness-producer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200);
    }

    private static long remainingMs(long deadline) throws TimeoutException {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw new TimeoutException("broker not ready in time");
        }
        return remaining;
    }
}
