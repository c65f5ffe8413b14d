package io.geowire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench e2e}; its own class so that the other bench verbs can change without touching it. */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        header = "Measure the whole pipeline against its parts.",
        description = "On one generated corpus: ingest-only MB/s, extract-only articles/s, end-to-end articles/s "
            + "through an embedded broker and Streams (and its ratio to extract-only), produce-to-queryable "
            + "latency at half the end-to-end rate (both with the producer's transaction batching), the broker's own produce limit for the same records, and "
            + "peak RSS and heap. Each figure comes with the load average.")
final class E2eBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "1000", description = "Articles in the corpus (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--topical", defaultValue = "1.0",
            description = "Share of articles about what the extractor looks for, 0..1 (default ${DEFAULT-VALUE})")
    double topicalShare;

    @Option(names = "--probe", defaultValue = "300",
            description = "Further articles sent at half rate to measure latency (default ${DEFAULT-VALUE})")
    int probeArticles;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warm-up", defaultValue = "100", description = "Articles sent end to end before the measured "
            + "end-to-end pass, so that it runs with the broker's, the clients' and Streams' code compiled as extract only "
            + "runs with extraction's; printed on a line of their own; 0: the measured pass starts cold (default "
            + "${DEFAULT-VALUE})")
    int warmUpArticles;

    @Option(names = "--rules-only", description = "Extract with the rules alone, without the learned sentence stage")
    boolean rulesOnly;

    @Mixin
    TransactionOptions transactions;

    @Mixin
    StreamsTuningOptions streamsTuning;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || probeArticles < 1 || warmUpArticles < 0 || topicalShare < 0 || topicalShare > 1) {
            spec.commandLine().getErr().println("geowire bench e2e: --articles and --probe must be at least 1, "
                    + "--warm-up at least 0, --topical between 0 and 1");
            return ExitCodes.FAILURE;
        }
        if (streamsTuning.problem() != null) {
            spec.commandLine().getErr().println("geowire bench e2e: " + streamsTuning.problem());
            return ExitCodes.FAILURE;
        }
        E2eBenchmark.run(new E2eBenchmark.Options(articles, topicalShare, probeArticles, seed, rulesOnly,
                transactions.batching(), warmUpArticles, streamsTuning.tuning()), System.out);
        return ExitCodes.OK;
    }
}
