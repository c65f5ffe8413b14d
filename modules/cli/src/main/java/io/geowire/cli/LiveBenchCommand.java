package io.geowire.cli;

import io.geowire.ingest.live.WatchedFolder;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench live}; its own class so that the other bench verbs can change without touching it. */
@Command(name = "live", mixinStandardHelpOptions = true,
        header = "Measure watched-folder to REST API latency.",
        description = "Starts the pipeline in-process as run --watch does (embedded broker, temp folders), warms it "
            + "up, measures the most files per second it sustains (a burst dropped at once), then writes files one "
            + "at a time at half that rate and prints p50, p90, p99 and max of file written -> article and all its "
            + "events answered by GET /api/articles/{id}, where the time goes, the counts and the load average.")
final class LiveBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--files", defaultValue = "60",
            description = "Files written at half the max rate, each timed (default ${DEFAULT-VALUE})")
    int files;

    @Option(names = "--burst", defaultValue = "30",
            description = "Files dropped at once to measure the max rate (default ${DEFAULT-VALUE})")
    int burst;

    @Option(names = "--warmup", defaultValue = "10",
            description = "Files dropped first and not counted (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--topical", defaultValue = "1.0",
            description = "Share of articles about what the extractor looks for, 0..1 (default ${DEFAULT-VALUE})")
    double topicalShare;

    @Option(names = "--size", paramLabel = "KB", defaultValue = "0",
            description = "Pad each article with filler to at least this many KB (default: as generated, 2 to 8 KB)")
    int sizeKb;

    @Option(names = "--settle", paramLabel = "MS", defaultValue = "-1",
            description = "How long a file must stay unchanged before it is read (default: what run --watch uses)")
    long settleMs;

    @Option(names = "--poll", paramLabel = "MS", defaultValue = "20",
            description = "How often each pending article is asked for (default ${DEFAULT-VALUE})")
    long pollMs;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "120",
            description = "Seconds a phase waits for its last file before counting it as timed out "
                + "(default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated articles (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (files < 1 || burst < 2 || warmup < 0 || topicalShare < 0 || topicalShare > 1 || sizeKb < 0
                || pollMs < 1 || timeoutSeconds < 1) {
            spec.commandLine().getErr().println("geowire bench live: --files must be at least 1, --burst at least 2, "
                    + "--warmup and --size at least 0, --topical between 0 and 1, --poll and --timeout at least 1");
            return ExitCodes.FAILURE;
        }
        Duration settle = settleMs < 0 ? WatchedFolder.DEFAULT_SETTLE : Duration.ofMillis(settleMs);
        LiveLatencyBenchmark.run(new LiveLatencyBenchmark.Options(files, burst, warmup, topicalShare, sizeKb, seed,
                settle, Duration.ofMillis(pollMs), Duration.ofSeconds(timeoutSeconds)), System.out);
        return ExitCodes.OK;
    }
}
