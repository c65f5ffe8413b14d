package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.BrokerSecurity;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;
import io.geowire.model.Topics;
import io.geowire.producer.CorpusProducer;
import io.geowire.testing.Certificates;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * geowire on a broker with TLS on every listener, SASL/SCRAM-SHA-512 for clients and ACLs (nothing allowed unless
 * granted): the ACLs docs/security.md lists are enough for the whole pipeline, and nobody else gets in or reads.
 */
class SecureBrokerIT {

    private static final String TOPIC_PREFIX = "sec.";
    private static final String APPLICATION_ID = "geowire-sec";
    private static final String GEOWIRE_USER = "geowire";
    private static final String OTHER_USER = "someone-else";

    @TempDir
    static Path dir;
    private static BrokerSecurity security;
    private static EmbeddedKafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        Certificates certificates = Certificates.create(dir);
        security = new BrokerSecurity(certificates.keystore(), certificates.truststore(), certificates.password(),
                "CN=localhost", "admin", "admin-password-" + System.nanoTime());
        // TLS handshakes and SCRAM make the start slower: a minute was measured on a loaded 2-core machine
        broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withSecurity(security)
                .withStartTimeout(Duration.ofMinutes(3)));
        admin = Admin.create(config(security.adminClientProperties()));
        admin.alterUserScramCredentials(List.of(
                new UserScramCredentialUpsertion(GEOWIRE_USER, scram(), password(GEOWIRE_USER)),
                new UserScramCredentialUpsertion(OTHER_USER, scram(), password(OTHER_USER)))).all().get();
        admin.createAcls(geowireAcls("User:" + GEOWIRE_USER)).all().get();
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    /**
     * What docs/security.md tells an operator to create: geowire's topics (by prefix), the Streams application's
     * internal topics, consumer group and transactional ids (all prefixed by its application id), and the
     * producer's transactional ids.
     */
    static List<AclBinding> geowireAcls(String principal) {
        List<AclBinding> acls = new ArrayList<>();
        allow(acls, principal, ResourceType.TOPIC, TOPIC_PREFIX, AclOperation.CREATE, AclOperation.DESCRIBE,
                AclOperation.DESCRIBE_CONFIGS, AclOperation.READ, AclOperation.WRITE);
        allow(acls, principal, ResourceType.TOPIC, APPLICATION_ID, AclOperation.CREATE, AclOperation.DELETE,
                AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS, AclOperation.READ, AclOperation.WRITE);
        allow(acls, principal, ResourceType.GROUP, APPLICATION_ID, AclOperation.READ, AclOperation.DESCRIBE,
                AclOperation.DELETE);
        allow(acls, principal, ResourceType.TRANSACTIONAL_ID, APPLICATION_ID, AclOperation.WRITE,
                AclOperation.DESCRIBE);
        allow(acls, principal, ResourceType.TRANSACTIONAL_ID, CorpusProducer.DEFAULT_TRANSACTIONAL_ID,
                AclOperation.WRITE, AclOperation.DESCRIBE);
        return acls;
    }

    @Test
    void shouldRunWholePipelineWhenGeowireUserHasItsAcls() throws Exception {
        Path clientConfig = writeClientConfig(dir.resolve("geowire-client.properties"),
                security.clientProperties(GEOWIRE_USER, password(GEOWIRE_USER)));

        CliRunner result = CliRunner.run("run", "--once", "--json", "--port", "0", "--ephemeral",
                "--bootstrap", broker.bootstrapServers(), "--client-config", clientConfig.toString(),
                "--topic-prefix", TOPIC_PREFIX, "--application-id", APPLICATION_ID);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.outLines();
        JsonNode summary = Json.mapper().readTree(lines.get(lines.size() - 1));
        // the summary is read from the state stores: produce, Streams and the queries all ran as geowire
        assertThat(summary.get("articles").asLong()).isEqualTo(4);
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        assertThat(summary.get("settled").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseGeowireUserWhenOutsideItsPrefixes() throws Exception {
        try (Admin geowire = Admin.create(config(security.clientProperties(GEOWIRE_USER, password(GEOWIRE_USER))))) {
            assertThatThrownBy(() -> geowire.createTopics(List.of(new NewTopic("elsewhere", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void shouldRefuseToReadEventsWhenUserHasNoAcls() {
        Map<String, Object> props = config(security.clientProperties(OTHER_USER, password(OTHER_USER)));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, APPLICATION_ID + "-intruder");
        String events = Topics.withPrefix(TOPIC_PREFIX).events();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(events, 0)));
            consumer.seekToBeginning(consumer.assignment());

            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(30)))
                    .isInstanceOf(TopicAuthorizationException.class)
                    .hasMessageContaining(events);
        }
    }

    @Test
    void shouldRefuseClientWhenPasswordIsWrong() {
        try (Admin intruder = Admin.create(config(security.clientProperties(GEOWIRE_USER, "not-the-password")))) {
            assertThatThrownBy(() -> intruder.describeCluster().clusterId().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void shouldRefuseClientWhenItSendsNoCredentials() {
        // PLAINTEXT against the TLS + SASL port: the broker never answers a request, so the call times out
        Map<String, Object> props = config(Map.of());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin anonymous = Admin.create(props)) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    private static void allow(List<AclBinding> acls, String principal, ResourceType type, String prefix,
            AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, prefix, PatternType.PREFIXED),
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
        }
    }

    private static ScramCredentialInfo scram() {
        return new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192);
    }

    private static String password(String user) {
        return user + "-password-for-this-test";
    }

    private static Map<String, Object> config(Map<String, Object> security) {
        Map<String, Object> props = new HashMap<>(security);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return props;
    }

    private static Path writeClientConfig(Path file, Map<String, Object> settings) throws IOException {
        Properties props = new Properties();
        settings.forEach((key, value) -> props.setProperty(key, String.valueOf(value)));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(out, "geowire's own user");
        }
        return file;
    }
}
