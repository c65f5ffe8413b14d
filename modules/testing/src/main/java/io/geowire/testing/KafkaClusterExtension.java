package io.geowire.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Resolves {@link KafkaCluster} parameters with one three-broker cluster shared by the whole test JVM. */
public final class KafkaClusterExtension implements ParameterResolver {

    /** Three brokers: the fewest that keep {@code min.insync.replicas=2} writable with one broker down. */
    public static final int BROKERS = 3;

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaClusterExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // the root store lives as long as the test run and closes AutoCloseable values at its end
        return extensionContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(KafkaCluster.class, key -> KafkaCluster.start(BROKERS), KafkaCluster.class);
    }
}
