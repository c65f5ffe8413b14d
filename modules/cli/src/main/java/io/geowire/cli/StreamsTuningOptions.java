package io.geowire.cli;

import io.geowire.streams.StreamsSettings;
import java.time.Duration;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** Streams settings a benchmark may override to compare them; unset ones keep the application's defaults. */
final class StreamsTuningOptions {

    @Option(names = "--commit-ms", description = "Streams commit interval in ms (default: the application's own)")
    Long commitMs;

    @Option(names = "--stream-threads", description = "Streams threads (default: the application's own)")
    Integer streamThreads;

    @Option(names = "--streams-linger-ms", description = "linger.ms of the stream threads' producers (default: the "
            + "application's own)")
    Long lingerMs;

    /** Null when every value given is valid, else what is wrong. */
    String problem() {
        if (commitMs != null && commitMs < 1 || streamThreads != null && streamThreads < 1) {
            return "--commit-ms and --stream-threads must be at least 1";
        }
        if (lingerMs != null && lingerMs < 0) {
            return "--streams-linger-ms must be at least 0";
        }
        return null;
    }

    UnaryOperator<StreamsSettings> tuning() {
        Long commit = commitMs;
        Integer threads = streamThreads;
        Long linger = lingerMs;
        return s -> {
            StreamsSettings tuned = s;
            if (commit != null) {
                tuned = tuned.withCommitInterval(Duration.ofMillis(commit));
            }
            if (threads != null) {
                tuned = tuned.withStreamThreads(threads);
            }
            if (linger != null) {
                tuned = tuned.withProducerLinger(Duration.ofMillis(linger));
            }
            return tuned;
        };
    }
}
