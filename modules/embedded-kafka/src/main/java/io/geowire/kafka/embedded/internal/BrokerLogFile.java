package io.geowire.kafka.embedded.internal;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Sends the broker's own log ({@link BrokerLoggers}) to {@code broker.log} in its data dir, when the application logs
 * through logback; the console then gets only the broker's errors, minus those Kafka itself retries (see
 * {@link LogbackRouting}). With another slf4j binding nothing is routed and {@link QuietLogging} lowers the levels.
 */
public final class BrokerLogFile implements AutoCloseable {

    public static final String FILE_NAME = "broker.log";
    private static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";

    private final Path file;
    private final AutoCloseable route;

    private BrokerLogFile(Path file, AutoCloseable route) {
        this.file = file;
        this.route = route;
    }

    /** Routes the broker loggers to {@code dataDir/broker.log}; empty when the binding is not logback. */
    public static Optional<BrokerLogFile> open(Path dataDir) {
        // compare by name: LogbackRouting (and logback itself) must not be loaded when logback is absent
        if (!LOGBACK_CONTEXT.equals(LoggerFactory.getILoggerFactory().getClass().getName())) {
            return Optional.empty();
        }
        Path file = dataDir.resolve(FILE_NAME);
        return Optional.of(new BrokerLogFile(file, LogbackRouting.route(file)));
    }

    public Path file() {
        return file;
    }

    /** Detaches the file, so that the data dir can be deleted; later broker log lines are dropped. */
    @Override
    public void close() {
        try {
            route.close();
        } catch (Exception e) {
            // closing a file appender does not fail in practice; a leaked handle is all that could happen
        }
    }
}
