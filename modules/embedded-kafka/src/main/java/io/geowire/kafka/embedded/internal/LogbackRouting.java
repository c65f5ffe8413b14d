package io.geowire.kafka.embedded.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The logback side of {@link BrokerLogFile}; only loaded when logback is the slf4j binding. */
final class LogbackRouting {

    private LogbackRouting() {
    }

    static AutoCloseable route(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        FileAppender<ILoggingEvent> toFile = new FileAppender<>();
        toFile.setContext(context);
        toFile.setName("geowire-broker-file");
        toFile.setFile(file.toString());
        toFile.setAppend(true);
        toFile.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger - %msg%n"));
        toFile.start();

        ConsoleAppender<ILoggingEvent> errors = new ConsoleAppender<>();
        errors.setContext(context);
        errors.setName("geowire-broker-errors");
        errors.setTarget("System.err");
        errors.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} [%thread] %level %logger - %msg%n"));
        ThresholdFilter onlyErrors = new ThresholdFilter();
        onlyErrors.setLevel("ERROR");
        onlyErrors.start();
        errors.addFilter(onlyErrors);
        Filter<ILoggingEvent> retried = new RetriedByKafka();
        retried.start();
        errors.addFilter(retried);
        errors.start();

        List<Logger> routed = new ArrayList<>();
        List<Level> previousLevels = new ArrayList<>();
        for (String name : BrokerLoggers.NAMES) {
            Logger logger = context.getLogger(name);
            previousLevels.add(logger.getLevel());
            if (logger.getLevel() == null) {
                // INFO in the file (what an operator reading it expects); a level the application set wins
                logger.setLevel(Level.INFO);
            }
            logger.setAdditive(false);
            logger.addAppender(toFile);
            logger.addAppender(errors);
            routed.add(logger);
        }
        return () -> {
            // back to how the application configured them, so a later broker or a stray line finds them as before
            for (int i = 0; i < routed.size(); i++) {
                Logger logger = routed.get(i);
                detach(logger, toFile);
                detach(logger, errors);
                logger.setAdditive(true);
                logger.setLevel(previousLevels.get(i));
            }
            toFile.stop();
            errors.stop();
        };
    }

    private static void detach(Logger logger, Appender<ILoggingEvent> appender) {
        logger.detachAppender(appender);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    /**
     * Keeps off the console the errors the broker logs for a rejection the client retries by design. Kafka 4.x
     * rejects a transactional write with {@code OutOfOrderSequenceException} when the producer's epoch was just
     * bumped by the transactions v2 protocol (KAFKA-18202) and logs it at ERROR with a stack trace; the producer
     * retries and the write succeeds. It still goes to the file.
     */
    static final class RetriedByKafka extends Filter<ILoggingEvent> {
        private static final String OUT_OF_ORDER = "OutOfOrderSequenceException";

        @Override
        public FilterReply decide(ILoggingEvent event) {
            if (event.getFormattedMessage() != null && event.getFormattedMessage().contains(OUT_OF_ORDER)) {
                return FilterReply.DENY;
            }
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                if (t.getClassName().endsWith(OUT_OF_ORDER)) {
                    return FilterReply.DENY;
                }
            }
            return FilterReply.NEUTRAL;
        }
    }
}
