package io.geowire.kafka.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * TLS everywhere, SASL/SCRAM-SHA-512 for clients and ACLs ({@code StandardAuthorizer}, nothing allowed unless an
 * ACL says so) for an {@link EmbeddedKafkaBroker}.
 * <ul>
 *   <li>Clients connect to the client port with {@code SASL_SSL} and {@code SCRAM-SHA-512}.</li>
 *   <li>The broker reaches itself and its controller over {@code SSL} listeners that require a client
 *       certificate: only a holder of {@code keystore}'s key gets in, as the super user named by that
 *       certificate's subject (e.g. {@code User:CN=localhost}). (KRaft cannot use SCRAM on the controller
 *       listener: the credentials live in the metadata the controller serves.)</li>
 *   <li>{@code adminUser} is created at format time (as {@code kafka-storage format --add-scram} does) and is a
 *       super user: it creates the other users and their ACLs.</li>
 * </ul>
 *
 * @param keystore          PKCS12 keystore with the broker's key and certificate (its subject names the broker)
 * @param truststore        PKCS12 truststore with the certificate clients and the broker trust
 * @param storePassword     password of both stores and of the key
 * @param certificateSubject the subject of the broker's certificate, e.g. {@code CN=localhost}
 * @param adminUser         the SCRAM super user
 * @param adminPassword     its password
 */
public record BrokerSecurity(Path keystore, Path truststore, String storePassword, String certificateSubject,
                             String adminUser, String adminPassword) {

    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    public BrokerSecurity {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(truststore, "truststore");
        Objects.requireNonNull(storePassword, "storePassword");
        Objects.requireNonNull(certificateSubject, "certificateSubject");
        Objects.requireNonNull(adminUser, "adminUser");
        Objects.requireNonNull(adminPassword, "adminPassword");
    }

    /** Client settings of a SCRAM user on the client port: what goes into a {@code --client-config} file. */
    public Map<String, Object> clientProperties(String user, String password) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("security.protocol", "SASL_SSL");
        props.put("sasl.mechanism", SCRAM_MECHANISM);
        props.put("sasl.jaas.config", jaas(user, password));
        props.put("ssl.truststore.location", truststore.toString());
        props.put("ssl.truststore.password", storePassword);
        props.put("ssl.truststore.type", "PKCS12");
        return props;
    }

    /** {@link #clientProperties(String, String)} of the admin user. */
    public Map<String, Object> adminClientProperties() {
        return clientProperties(adminUser, adminPassword);
    }

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    // the passwords must not reach a log line through the generated toString
    @Override
    public String toString() {
        return "BrokerSecurity[keystore=" + keystore + ", truststore=" + truststore + ", admin=" + adminUser + "]";
    }
}
