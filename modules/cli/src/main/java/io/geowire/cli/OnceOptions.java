package io.geowire.cli;

import io.geowire.producer.ProduceSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --once}: wait until the state has settled, print the summary from the stores, and exit. */
final class OnceOptions {

    @Option(names = "--once", description = "Exit when the input is fully processed and the state has settled")
    boolean once;

    @Option(names = "--json", description = "With --once: the last stdout line is a JSON summary")
    boolean json;

    @Option(names = "--settle-timeout", defaultValue = "PT5M",
            description = "With --once: give up waiting for the state after this long (ISO-8601, default ${DEFAULT-VALUE})")
    Duration settleTimeout;

    /**
     * Waits for the state to account for {@code expected}, prints the summary (with {@code extra} fields) and
     * returns the exit code: OK only when the state settled and matches what was sent.
     */
    int report(LocalPipeline pipeline, ProduceSummary expected, long startedNanos, Map<String, Object> extra,
            PrintWriter out) throws InterruptedException {
        boolean settled = Settling.await(pipeline, expected, settleTimeout);
        Map<String, Object> summary = RunSummary.toMap(pipeline.streams().queries(), expected, pipeline,
                (System.nanoTime() - startedNanos) / 1_000_000);
        summary.put("settled", settled);
        summary.putAll(extra);
        out.println(json ? Json.line(summary) : RunSummary.toText(summary));
        out.flush();
        return settled && Boolean.TRUE.equals(summary.get("balanced")) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
