package io.geowire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench rebuild}: the time a fresh Streams application takes to build the state from the topics. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        header = "Measure rebuilding the state from the topics.",
        description = "Produces generated articles and events to an embedded broker, then starts a Streams "
            + "application with a new application id and empty state, and prints the time until it has processed "
            + "and committed every input record (with progress, CPU time, state size, peak RSS and heap). Each "
            + "figure comes with the load average.")
final class RebuildBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles on the topics (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--events-per-article", defaultValue = "5",
            description = "Events of each article (default ${DEFAULT-VALUE})")
    int eventsPerArticle;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated records (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--no-record-caches", description = "Without the stores' record caches (to compare)")
    boolean noRecordCaches;

    @Mixin
    StreamsTuningOptions streamsTuning;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || eventsPerArticle < 0) {
            spec.commandLine().getErr().println("geowire bench rebuild: --articles must be at least 1, "
                    + "--events-per-article at least 0");
            return ExitCodes.FAILURE;
        }
        if (streamsTuning.problem() != null) {
            spec.commandLine().getErr().println("geowire bench rebuild: " + streamsTuning.problem());
            return ExitCodes.FAILURE;
        }
        RebuildBenchmark.run(new RebuildBenchmark.Options(articles, eventsPerArticle, seed, streamsTuning.tuning(),
                !noRecordCaches), System.out);
        return ExitCodes.OK;
    }
}
