package io.geowire.cli;

import io.geowire.extract.bench.ExtractBenchmark;
import io.geowire.extract.bench.NewsStreamBenchmark;
import io.geowire.ingest.bench.HostileInputBenchmark;
import io.geowire.ingest.bench.IngestBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Speed figures live here, not in timed unit tests: each subcommand generates its own input of a given size
 * and prints throughput. Numbers vary with machine load; compare runs made under the same conditions.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Print throughput figures of a pipeline stage.",
        description = "Prints throughput figures of a pipeline stage on generated input.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Ingest.class, BenchCommand.Topology.class,
            BenchCommand.Api.class, BenchCommand.News.class, E2eBenchCommand.class,
            LiveBenchCommand.class, RebuildBenchCommand.class})
final class BenchCommand {

    @Command(name = "extract", mixinStandardHelpOptions = true,
            header = "Measure extraction throughput.",
            description = "Measures extraction throughput (MB/s, articles/s) on a generated corpus.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--mb", defaultValue = "20", description = "Size of the generated corpus in MB (default ${DEFAULT-VALUE})")
        double megabytes;

        @Override
        public Integer call() {
            ExtractBenchmark.run(megabytes, System.out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "news", mixinStandardHelpOptions = true,
            header = "Measure extraction on a stream of mostly unrelated news.",
            description = "Extracts a generated news stream in which only a share of the articles is about what "
                + "geowire tracks, after a warm-up on another stream of the same size (the JVM's first pass, printed "
                + "on its own), twice: with a cold embedding cache, then as a replay. Prints topical articles/s and "
                + "MB/s per core, process and extraction-thread CPU, the encoder's CPU per sentence, the encoder "
                + "cache hit rate and peak heap.")
    static final class News implements Callable<Integer> {
        @Option(names = "--mb", defaultValue = "4", description = "Size of the stream in MB (default ${DEFAULT-VALUE})")
        double megabytes;

        @Option(names = "--topical-share", defaultValue = "0.1",
                description = "Share of topical articles, 0..1 (default ${DEFAULT-VALUE})")
        double topicalShare;

        @Override
        public Integer call() {
            if (topicalShare < 0 || topicalShare > 1) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--topical-share must be between 0 and 1: " + topicalShare);
            }
            NewsStreamBenchmark.run(megabytes, topicalShare, System.out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            header = "Measure ingestion throughput.",
            description = "Measures ingestion (inspect) throughput in MB/s on a generated corpus of txt, HTML and "
                + "JSON Lines files; with --hostile, the time and outcome of each of a set of hostile inputs "
                + "(gzip bomb, deep HTML...).")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--mb", defaultValue = "50", description = "Size of the generated corpus in MB (default ${DEFAULT-VALUE})")
        double megabytes;

        @Option(names = "--hostile", description = "Time hostile inputs instead of measuring throughput")
        boolean hostile;

        @Override
        public Integer call() {
            if (hostile) {
                HostileInputBenchmark.run(System.out);
                return ExitCodes.OK;
            }
            IngestBenchmark.run(megabytes, System.out);
            return ExitCodes.OK;
        }
    }

    /**
     * The topology benchmark needs TopologyTestDriver, a test library that has no place on the CLI's runtime
     * classpath; it is a JMH benchmark in modules/benchmarks now. The verb stays so that scripts and habits get
     * told where it went instead of "unknown command".
     */
    @Command(name = "topology", mixinStandardHelpOptions = true,
            header = "Moved to the JMH benchmarks module (modules/benchmarks).",
            description = "Moved to the JMH benchmarks module (docs/operations.md, \"JMH benchmarks\"). Prints how "
                + "to run it and exits with status 1.")
    static final class Topology implements Callable<Integer> {
        static final String MOVED = "bench topology has moved to the JMH benchmarks module "
                + "(per-event time of the topology, TopologyTestDriver, in-memory stores). Run it with:\n"
                + "  mvn -B -o -q -pl modules/benchmarks -am package -DskipTests\n"
                + "  java -jar modules/benchmarks/target/benchmarks.jar TopologyBench -f 1 -wi 2 -i 3";

        @Option(names = "--events", hidden = true, description = "No longer used")
        int events;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println(MOVED);
            return ExitCodes.FAILURE;
        }
    }

    @Command(name = "api", mixinStandardHelpOptions = true,
            header = "Measure REST latency under concurrent load.",
            description = "Measures REST latency (p50/p99 per endpoint) under concurrent load: starts an embedded "
                + "pipeline, processes a corpus, then fires GETs on loopback.")
    static final class Api implements Callable<Integer> {
        @Option(names = "--corpus", required = true, description = "Corpus to load before measuring")
        java.nio.file.Path corpus;

        @Option(names = "--requests", defaultValue = "4000", description = "GET requests to send (default ${DEFAULT-VALUE})")
        int requests;

        @Option(names = "--concurrency", defaultValue = "16", description = "Requests in flight (default ${DEFAULT-VALUE})")
        int concurrency;

        @Option(names = "--instances", defaultValue = "1", description = "Streams instances behind the API (default ${DEFAULT-VALUE})")
        int instances;

        @Override
        public Integer call() throws Exception {
            ApiLoadBenchmark.run(new ApiLoadBenchmark.Options(corpus, requests, concurrency, instances), System.out);
            return ExitCodes.OK;
        }
    }
}
