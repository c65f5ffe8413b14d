package io.geowire.ingest.bench;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ingestion speed in the steady state, as the benchmarks report it. One pass over a corpus in a fresh JVM mostly
 * measures the JIT compiling the hot paths (the first pass over a 3 MB corpus ran at half the speed of later ones),
 * so the same corpus is ingested again, each time by a fresh {@link Ingestor} (so no article is a duplicate of one
 * seen in an earlier round): warm-up rounds until enough bytes have gone through, then measured rounds whose median
 * is the figure. Per core is bytes over the CPU time of the ingesting thread (this thread), which other load on the
 * machine does not inflate and the JIT's and collector's threads do not enter.
 */
public final class IngestRounds {
    /** Warm-up: at least this many rounds ... */
    public static final int MIN_WARM_UP_ROUNDS = 3;
    /** ... and at least this many bytes ingested before measuring (the JIT has then compiled the hot paths). */
    public static final long WARM_UP_BYTES = 30L * 1024 * 1024;
    public static final int MEASURED_ROUNDS = 5;

    private IngestRounds() {
    }

    /** One pass over the corpus: what it read, its wall time and the ingesting thread's CPU time. */
    public record Round(IngestSummary summary, long wallNanos, long cpuNanos) {
        /** Bytes per second of wall time, in units of {@code unit} bytes. */
        public double perSecond(double unit) {
            return summary.bytes() / unit / (Math.max(wallNanos, 1) / 1e9);
        }

        /** Bytes per CPU-second of the ingesting thread, in units of {@code unit} bytes. */
        public double perCpuSecond(double unit) {
            return summary.bytes() / unit / (Math.max(cpuNanos, 1) / 1e9);
        }
    }

    /**
     * The first (cold) round, how many warm-up rounds followed it, and the measured rounds.
     *
     * @param warmUpRounds rounds after the first and before the measured ones
     */
    public record Result(Round first, int warmUpRounds, List<Round> measured) {
        /** The measured round of median CPU time (the per-core figure's round). */
        public Round medianByCpu() {
            return median(Comparator.comparingLong(Round::cpuNanos));
        }

        /** The measured round of median wall time. */
        public Round medianByWall() {
            return median(Comparator.comparingLong(Round::wallNanos));
        }

        private Round median(Comparator<Round> order) {
            List<Round> sorted = new ArrayList<>(measured);
            sorted.sort(order);
            return sorted.get(sorted.size() / 2);
        }
    }

    /** {@link #measure(List, IngestOptions, Consumer, int, long, int)} with the defaults above. */
    public static Result measure(List<String> paths, IngestOptions options, Consumer<IngestedArticle> firstRound) {
        return measure(paths, options, firstRound, MIN_WARM_UP_ROUNDS, WARM_UP_BYTES, MEASURED_ROUNDS);
    }

    /**
     * Ingests {@code paths} once into {@code firstRound} (cold), then into nothing until at least
     * {@code minWarmUpRounds} rounds and {@code warmUpBytes} bytes have gone by, then {@code measuredRounds} times.
     */
    public static Result measure(List<String> paths, IngestOptions options, Consumer<IngestedArticle> firstRound,
                                 int minWarmUpRounds, long warmUpBytes, int measuredRounds) {
        return afterFirst(paths, options, round(paths, options, firstRound), minWarmUpRounds, warmUpBytes,
                measuredRounds);
    }

    /** The warm-up and measured rounds after a first round the caller has made (and timed as it needed). */
    public static Result afterFirst(List<String> paths, IngestOptions options, Round first) {
        return afterFirst(paths, options, first, MIN_WARM_UP_ROUNDS, WARM_UP_BYTES, MEASURED_ROUNDS);
    }

    static Result afterFirst(List<String> paths, IngestOptions options, Round first, int minWarmUpRounds,
                             long warmUpBytes, int measuredRounds) {
        if (measuredRounds < 1) {
            throw new IllegalArgumentException("at least one measured round");
        }
        int warmUp = 0;
        long warmed = first.summary().bytes();
        while (warmUp < minWarmUpRounds || warmed < warmUpBytes) {
            warmed += Math.max(1, round(paths, options, a -> { }).summary().bytes());
            warmUp++;
        }
        List<Round> measured = new ArrayList<>(measuredRounds);
        for (int i = 0; i < measuredRounds; i++) {
            measured.add(round(paths, options, a -> { }));
        }
        return new Result(first, warmUp, List.copyOf(measured));
    }

    /** One pass with a fresh Ingestor (so nothing is a duplicate of an earlier round's article). */
    public static Round round(List<String> paths, IngestOptions options, Consumer<IngestedArticle> sink) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        IngestSummary summary = new Ingestor(options).ingest(paths, sink);
        return new Round(summary, System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu);
    }
}
