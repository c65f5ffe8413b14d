package io.geowire.testing;

import io.geowire.testing.internal.SharedKafka;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link TestKafka} parameters with one broker shared by all test classes of the JVM; it starts on first
 * use and stops when JUnit finishes. Which broker, in this order:
 * <ol>
 *   <li>system property {@value SharedKafka#BOOTSTRAP_PROPERTY} set: that external cluster (optionally with client
 *       settings from the properties file named by {@value SharedKafka#CLIENT_PROPERTIES_PROPERTY});</li>
 *   <li>Docker available (and {@value SharedKafka#MODE_PROPERTY} not {@code embedded}): a Testcontainers
 *       {@code apache/kafka} container (image from {@value SharedKafka#IMAGE_PROPERTY});</li>
 *   <li>otherwise: geowire's in-process {@code EmbeddedKafkaBroker}, a real KRaft broker.</li>
 * </ol>
 * {@value SharedKafka#MODE_PROPERTY} = {@code auto} (default) | {@code embedded} | {@code container} forces a choice.
 * Use it through {@link KafkaIT}.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return shared(extensionContext);
    }

    /** The JVM-wide cluster, for code that has an {@link ExtensionContext} but no parameter to fill. */
    public static TestKafka shared(ExtensionContext context) {
        // the root store lives as long as the whole test run and closes AutoCloseable values at its end
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedKafka.class, key -> SharedKafka.start(), SharedKafka.class);
    }
}
