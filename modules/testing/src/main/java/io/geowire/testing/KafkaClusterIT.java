package io.geowire.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an integration test class that needs a real three-broker cluster: its methods, lifecycle methods and
 * constructor can take a {@link KafkaCluster} parameter. One cluster serves every such class of the test JVM (it
 * starts on first use and stops when JUnit finishes), so a test must leave every broker running when it ends and use
 * unique topic, group and transactional ids. Name such classes {@code *IT} so failsafe runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("kafka-cluster")
@ExtendWith(KafkaClusterExtension.class)
public @interface KafkaClusterIT {
}
