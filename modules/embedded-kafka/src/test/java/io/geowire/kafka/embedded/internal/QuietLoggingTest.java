package io.geowire.kafka.embedded.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

        QuietLogging.applyIfSimpleLogger();

        assertThat(System.getProperty(KAFKA)).isEqualTo("warn");
    }

    @Test
    void shouldKeepApplicationLevelWhenSetAsSystemProperty() {
        System.setProperty(QUEUE, "debug");

        QuietLogging.applyIfSimpleLogger();

        assertThat(System.getProperty(QUEUE)).isEqualTo("debug");
    }

    @Test
    void shouldKeepApplicationLevelWhenSetInSimpleLoggerFile() {
        QuietLogging.applyIfSimpleLogger();

        // the test simplelogger.properties sets it; a system property would override the file
        assertThat(System.getProperty(SNAPSHOT)).isNull();
    }
}
