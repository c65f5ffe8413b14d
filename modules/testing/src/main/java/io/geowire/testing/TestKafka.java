package io.geowire.testing;

import org.apache.kafka.clients.admin.Admin;

import java.util.Map;

/**
 * A real Kafka cluster for an integration test, shared by every test class in the JVM. Obtain it as a parameter of a
 * test method, a {@code @BeforeAll}/{@code @BeforeEach} method or the test class constructor, in a class annotated
 * with {@link KafkaIT} (or {@code @ExtendWith(KafkaBrokerExtension.class)}):
 *
 * <pre>{@code
 * @KafkaIT
 * class ArticlePublisherIT {
 *     @Test
 *     void shouldPublishWhenArticleIsNew(TestKafka kafka) {
 *         String topic = kafka.createTopic("articles", 3);
 *         Map<String, Object> config = new HashMap<>(kafka.clientConfig());
 *         ...
 *     }
 * }
 * }</pre>
 *
 * Because the cluster is shared (and may be an external one), a test must never use fixed topic names, group ids,
 * transactional ids or Streams application ids: take them from {@link #uniqueName(String)} or
 * {@link #createTopic(String, int)}.
 */
public interface TestKafka {

    /** {@code host:port[,host:port]} for {@code bootstrap.servers}. */
    String bootstrapServers();

    /**
     * Settings every client needs to reach this cluster: {@code bootstrap.servers}, plus security settings when an
     * external cluster was given with a client properties file. Copy it and add your own settings.
     */
    Map<String, Object> clientConfig();

    /** An admin client shared by all tests; do not close it. */
    Admin admin();

    /**
     * A name no other test (in this JVM or, on an external cluster, in another run) uses: {@code prefix}, a per-run
     * random part and a counter, restricted to the characters topic names allow.
     */
    String uniqueName(String prefix);

    /** Creates a topic named {@link #uniqueName(String) uniqueName(prefix)} and returns its name once it exists. */
    String createTopic(String prefix, int partitions);

    /** What kind of broker this is, for log lines: "embedded localhost:40123", "container ...", "external ...". */
    String description();
}
