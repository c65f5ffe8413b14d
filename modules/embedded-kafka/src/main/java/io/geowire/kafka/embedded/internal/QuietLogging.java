package io.geowire.kafka.embedded.internal;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A broker logs a few hundred INFO lines per start (config dumps, every state transition). When the application logs
 * through slf4j-simple, whose default level is INFO, that would bury the application's own output, so before the
 * broker's loggers exist this lowers the broker-side loggers, but only those the application left unconfigured (no
 * system property and no entry in its {@code simplelogger.properties}). Other slf4j bindings are left alone: they
 * come with their own configuration.
 */
public final class QuietLogging {

    private static final String SIMPLE_LOGGER_FACTORY = "org.slf4j.simple.SimpleLoggerFactory";
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final Map<String, String> BROKER_LEVELS = brokerLevels();

    private QuietLogging() {
    }

    private static Map<String, String> brokerLevels() {
        Map<String, String> levels = new LinkedHashMap<>();
        for (String logger : BrokerLoggers.NAMES) {
            levels.put(logger, "warn");
        }
        // logs "Performing controller activation" as a warning on every fresh start of a one-node cluster
        levels.put("org.apache.kafka.controller.QuorumController", "error");
        return levels;
    }

    public static void applyIfSimpleLogger() {
        if (!SIMPLE_LOGGER_FACTORY.equals(LoggerFactory.getILoggerFactory().getClass().getName())) {
            return;
        }
        lowerUnconfigured(simpleLoggerFile());
    }

    /** Sets a system property for each broker logger that neither a system property nor {@code file} configures. */
    static void lowerUnconfigured(Properties file) {
        BROKER_LEVELS.forEach((logger, level) -> {
            String key = PREFIX + logger;
            if (System.getProperty(key) == null && !file.containsKey(key)) {
                System.setProperty(key, level);
            }
        });
    }

    /** The file slf4j-simple reads, looked up the way it does. */
    private static Properties simpleLoggerFile() {
        Properties props = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader != null ? loader.getResourceAsStream("simplelogger.properties")
                : ClassLoader.getSystemResourceAsStream("simplelogger.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // unreadable: treat as empty, as slf4j-simple itself does
        }
        return props;
    }
}
