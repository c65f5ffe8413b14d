package io.geowire.cli;

import io.geowire.producer.ProduceSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --once}: wait until the state has settled, print the summary from the stores, and exit. */
final class OnceOptions {

    @Option(names = "--once", description = "Exit when the input is fully processed and the state has settled")
    boolean once;

    @Option(names = "--json", description = "With --once: the last stdout line is a JSON summary")
    boolean json;

    @Option(names = "--settle-timeout", defaultValue = "PT5M",
            description = "With --once: give up waiting for the state once it has not advanced for this long"
                    + " (ISO-8601, default ${DEFAULT-VALUE})")
    Duration settleTimeout;

    /**
     * Waits for the state to account for {@code expected}, prints the summary (with {@code extra} fields) and
     * returns the exit code: OK only when the state settled and matches what was sent; FAILURE, naming the cause on
     * {@code err}, as soon as the Streams application stops on its own.
     */
    int report(LocalPipeline pipeline, ProduceSummary expected, long startedNanos, Map<String, Object> extra,
            PrintWriter out, PrintWriter err) throws InterruptedException {
        Settling.Outcome outcome = Settling.await(pipeline.settleSource(expected), settleTimeout);
        long elapsed = (System.nanoTime() - startedNanos) / 1_000_000;
        if (outcome.failed()) {
            return reportStop(outcome.failure(), expected, elapsed, extra, out, err);
        }
        Map<String, Object> summary = RunSummary.toMap(pipeline.streams().queries(), expected, pipeline, elapsed);
        summary.put("settled", outcome.settled());
        summary.putAll(extra);
        out.println(json ? Json.line(summary) : RunSummary.toText(summary));
        out.flush();
        return outcome.settled() && Boolean.TRUE.equals(summary.get("balanced")) ? ExitCodes.OK
                : ExitCodes.CHECK_FAILED;
    }

    /** The stores cannot be read once the application has stopped: report the cause and what was sent. */
    private int reportStop(String cause, ProduceSummary expected, long elapsed, Map<String, Object> extra,
            PrintWriter out, PrintWriter err) {
        err.println("geowire: " + cause);
        err.flush();
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("settled", false);
            summary.put("balanced", false);
            summary.put("error", cause);
            summary.put("produced", Map.of("inputs", expected.inputs(), "articles", expected.articles(),
                    "duplicates", expected.duplicates(), "dead_letters", expected.deadLetters(),
                    "events", expected.events()));
            summary.put("elapsed_ms", elapsed);
            summary.putAll(extra);
            out.println(Json.line(summary));
            out.flush();
        }
        return ExitCodes.FAILURE;
    }
}
