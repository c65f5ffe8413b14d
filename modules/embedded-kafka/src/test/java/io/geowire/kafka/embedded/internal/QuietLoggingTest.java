package io.geowire.kafka.embedded.internal;

import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The slf4j-simple fallback; these tests run under logback, so they call the level logic directly. */
class QuietLoggingTest {

    private static final String KAFKA = "org.slf4j.simpleLogger.log.kafka";
    private static final String QUEUE = "org.slf4j.simpleLogger.log.org.apache.kafka.queue";
    private static final String SNAPSHOT = "org.slf4j.simpleLogger.log.org.apache.kafka.snapshot";

    @AfterEach
    void restore() {
        System.clearProperty(KAFKA);
        System.clearProperty(QUEUE);
        System.clearProperty(SNAPSHOT);
    }

    @Test
    void shouldLowerBrokerLoggersWhenUnconfigured() {
        System.clearProperty(KAFKA);

        QuietLogging.lowerUnconfigured(new Properties());

        assertThat(System.getProperty(KAFKA)).isEqualTo("warn");
    }

    @Test
    void shouldKeepApplicationLevelWhenSetAsSystemProperty() {
        System.setProperty(QUEUE, "debug");

        QuietLogging.lowerUnconfigured(new Properties());

        assertThat(System.getProperty(QUEUE)).isEqualTo("debug");
    }

    @Test
    void shouldKeepApplicationLevelWhenSetInSimpleLoggerFile() {
        Properties file = new Properties();
        file.setProperty(SNAPSHOT, "error");

        QuietLogging.lowerUnconfigured(file);

        // the file sets it; a system property would override the file
        assertThat(System.getProperty(SNAPSHOT)).isNull();
    }

    @Test
    void shouldLeaveSystemPropertiesAloneWhenTheBindingIsNotSlf4jSimple() {
        QuietLogging.applyIfSimpleLogger();

        assertThat(System.getProperty(KAFKA)).isNull();
    }
}
