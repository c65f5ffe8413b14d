package io.geowire.extract.bench;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.learned.EmbeddingCache;
import io.geowire.extract.learned.EncoderCascadeStats;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Extraction on a news stream where most articles are about something else: the share given as topical comes from
 * {@link ExtractBenchmark}'s event templates, the rest is generated local, sports, science and business news, of
 * which one article in five names a tracked state or city in passing (as real unrelated news does, e.g. "markets in
 * the United States"), so it passes the relevance gate and pays the rules and the encoder.
 *
 * <p>Three passes in one thread. A warm-up on a different stream of the same size (another seed) is the JVM's first
 * pass: it pays class loading, JIT compilation and the encoder's model load, which a feed running for hours pays
 * once. Then the embedding cache is emptied and the measured stream runs cold (every sentence new to the cache: the
 * steady state of a live feed), then again as a replay of an already-seen corpus. Per-core figures divide by the
 * process's CPU time (every thread: the JIT compiler and the garbage collector too, which the extraction thread's own
 * CPU time, printed beside it, leaves out); CPU time stays meaningful on a loaded machine where wall time does not.
 */
public final class NewsStreamBenchmark {

    /** One pass over the stream. */
    public record Pass(double cpuSeconds, double threadCpuSeconds, double topicalCpuSeconds, double skippedCpuSeconds,
                       double wallSeconds, int events, EmbeddingCache.Stats cache) {
    }

    /** What one run measured. */
    public record Result(int articles, int topical, int gateSkipped, long bytes, long skippedBytes, Pass warmUp,
                         Pass cold, Pass replay, long peakHeapBytes) {
        public double topicalArticlesPerCoreSecond() {
            return topical / cold.topicalCpuSeconds();
        }

        public double megabytesPerCoreSecond() {
            return bytes / 1048576.0 / cold.cpuSeconds();
        }
    }

    private static final String[] SUBJECTS = {"The city council", "A local bakery", "The regional hospital",
        "Researchers at the state university", "The football club", "Organisers of the film festival",
        "The school board", "A group of volunteers", "The weather service", "Shop owners in the old town",
        "The public library", "The county fire brigade", "A family-run dairy", "The orchestra",
        "The tennis academy", "The water utility", "Farmers in the valley", "The zoo", "The cycling federation",
        "A start-up making kitchen robots"};
    private static final String[] ACTIONS = {"approved %d thousand for", "reported a %d percent rise in",
        "announced %d new jobs in", "opened a centre for", "postponed a decision on", "asked residents about",
        "won an award for", "launched a campaign on", "cut spending on", "hired %d people to work on",
        "published a study of", "held an open day about"};
    private static final String[] OBJECTS = {"public transport", "road repairs", "youth sport", "flood defences",
        "the children's library", "recycling", "cancer screening", "summer concerts", "bee keeping",
        "electric buses", "school meals", "cheese making", "night trains", "wildflower meadows", "chess clubs",
        "hearing tests", "heat pumps", "river swimming", "street lighting", "dog parks"};
    private static final String[] TAILS = {".", " after a long debate.", " despite heavy rain on %d days.",
        " for the %d season.", ", its spokeswoman said.", " and expects to finish within %d months.",
        ", the local paper reported.", " as ticket sales rose by %d percent."};
    private static final String[] PASSING = {"Stocks in the United States closed higher on %d of the last days.",
        "A delegation from Germany visited the fair.", "The band will tour France next spring.",
        "Visitors from Japan made up %d percent of guests.", "The recipe came from a chef trained in Paris."};

    private NewsStreamBenchmark() {
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Double.parseDouble(args[0]) : 4, args.length > 1 ? Double.parseDouble(args[1]) : 0.1,
                System.out);
    }

    /** Generates about {@code targetMb} MB with {@code topicalShare} topical articles, measures, prints. */
    public static Result run(double targetMb, double topicalShare, PrintStream out) {
        EventExtractor extractor = EventExtractor.createDefault();
        List<Boolean> topicalFlags = new ArrayList<>();
        List<ArticleInput> stream = generate((long) (targetMb * 1048576), topicalShare, 7L, topicalFlags);
        long bytes = stream.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        int topical = (int) topicalFlags.stream().filter(b -> b).count();
        List<Boolean> skippedFlags = stream.stream().map(a -> !extractor.mayBeRelevant(a.text())).toList();
        int skipped = (int) skippedFlags.stream().filter(b -> b).count();
        long skippedBytes = 0;
        for (int i = 0; i < stream.size(); i++) {
            skippedBytes += skippedFlags.get(i) ? stream.get(i).text().getBytes(StandardCharsets.UTF_8).length : 0;
        }
        out.printf(Locale.ROOT, "stream: %d articles, %.1f MB, %d topical (%.0f%%), %d skipped by the relevance gate%n",
                stream.size(), bytes / 1048576.0, topical, 100.0 * topical / stream.size(), skipped);

        // the JVM's first pass, on other articles of the same size and mix: class loading, JIT, model load
        List<Boolean> warmTopical = new ArrayList<>();
        List<ArticleInput> warmStream = generate((long) (targetMb * 1048576), topicalShare, 99L, warmTopical);
        List<Boolean> warmSkipped = warmStream.stream().map(a -> !extractor.mayBeRelevant(a.text())).toList();
        long warmBytes = warmStream.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        Pass warmUp = pass(extractor, warmStream, warmTopical, warmSkipped);
        int warmTopicalCount = (int) warmTopical.stream().filter(b -> b).count();
        EmbeddingCache.shared().clear();
        EmbeddingCache.Stats afterWarmUp = EmbeddingCache.shared().stats();
        resetPeakHeap();
        EncoderCascadeStats.Counts beforeCold = EncoderCascadeStats.snapshot();
        Pass cold = pass(extractor, stream, topicalFlags, skippedFlags);
        EncoderCascadeStats.Counts cascade = EncoderCascadeStats.snapshot().since(beforeCold);
        Pass replay = pass(extractor, stream, topicalFlags, skippedFlags);
        Result r = new Result(stream.size(), topical, skipped, bytes, skippedBytes, warmUp, cold, replay, peakHeap());

        out.printf(Locale.ROOT, "warm-up (JVM's first pass, other stream of %.1f MB): %.1f topical articles/s per core, "
                        + "%.2f MB/s per core (%.1f CPU-s, extraction thread %.1f CPU-s, %.1f s wall)%n",
                warmBytes / 1048576.0, warmTopicalCount / warmUp.topicalCpuSeconds(),
                warmBytes / 1048576.0 / warmUp.cpuSeconds(), warmUp.cpuSeconds(), warmUp.threadCpuSeconds(),
                warmUp.wallSeconds());
        EmbeddingCache.Stats coldCache = since(cold.cache(), afterWarmUp);
        out.printf(Locale.ROOT, "cold cache (steady JVM): %.1f topical articles/s per core, %.2f MB/s per core "
                        + "(%.1f CPU-s, extraction thread %.1f CPU-s, %.1f s wall, %d events); encoder cache hit rate "
                        + "%.1f%%%n", r.topicalArticlesPerCoreSecond(), r.megabytesPerCoreSecond(), cold.cpuSeconds(),
                cold.threadCpuSeconds(), cold.wallSeconds(), cold.events(), 100 * coldCache.hitRate());
        EmbeddingCache.Stats delta = since(replay.cache(), cold.cache());
        out.printf(Locale.ROOT, "replay (same stream again): %.1f topical articles/s per core, %.2f MB/s per core "
                        + "(%.1f CPU-s, extraction thread %.1f CPU-s); encoder cache hit rate %.1f%% (%d of %d entries "
                        + "used)%n",
                topical / replay.topicalCpuSeconds(), bytes / 1048576.0 / replay.cpuSeconds(), replay.cpuSeconds(),
                replay.threadCpuSeconds(), 100 * delta.hitRate(), delta.size(), delta.capacity());
        // the two passes differ only in the encoder calls (the replay finds every vector in the cache)
        long encoded = coldCache.misses();
        double encoderCpu = cold.threadCpuSeconds() - replay.threadCpuSeconds();
        out.printf(Locale.ROOT, "encoder (cold minus replay, extraction thread): %d sentences encoded, %.1f CPU-s, "
                + "%.1f ms per sentence%n", encoded, encoderCpu, encoded == 0 ? 0 : 1000 * encoderCpu / encoded);
        out.printf(Locale.ROOT, "encoder cascade (cold pass): %d of %d candidate sentences sent to the encoder or its "
                + "cache (%.1f%%), %d left out (no learned event possible)%n", cascade.encoded(),
                cascade.encoded() + cascade.skipped(), 100 * cascade.encodedShare(), cascade.skipped());
        out.printf(Locale.ROOT, "articles the relevance gate skipped: %.1f MB/s per core (%.2f MB in %.2f CPU-s)%n",
                skippedBytes / 1048576.0 / cold.skippedCpuSeconds(), skippedBytes / 1048576.0, cold.skippedCpuSeconds());
        out.printf(Locale.ROOT, "peak heap: %.0f MB (max %.0f MB); %d available processors, load average %.2f%n",
                r.peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return r;
    }

    private static Pass pass(EventExtractor extractor, List<ArticleInput> stream, List<Boolean> topicalFlags,
                             List<Boolean> skippedFlags) {
        long wall0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long topicalCpu = 0;
        long skippedCpu = 0;
        int events = 0;
        for (int i = 0; i < stream.size(); i++) {
            long before = processCpuNanos();
            events += extractor.extract(stream.get(i)).size();
            long spent = processCpuNanos() - before;
            topicalCpu += topicalFlags.get(i) ? spent : 0;
            skippedCpu += skippedFlags.get(i) ? spent : 0;
        }
        return new Pass((processCpuNanos() - cpu0) / 1e9,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0) / 1e9, topicalCpu / 1e9,
                skippedCpu / 1e9,
                (System.nanoTime() - wall0) / 1e9, events, EmbeddingCache.shared().stats());
    }

    /** What the cache counted between two snapshots. */
    private static EmbeddingCache.Stats since(EmbeddingCache.Stats now, EmbeddingCache.Stats before) {
        return new EmbeddingCache.Stats(now.hits() - before.hits(), now.misses() - before.misses(), now.size(),
                now.capacity());
    }

    /** A shuffled stream: topical articles from the event templates, the rest unrelated news. */
    public static List<ArticleInput> generate(long targetBytes, double topicalShare, long seed,
                                              List<Boolean> topicalFlags) {
        Random rnd = new Random(seed);
        List<ArticleInput> topicalPool = ExtractBenchmark.generate((long) (targetBytes * topicalShare), seed);
        List<ArticleInput> out = new ArrayList<>(topicalPool);
        long total = topicalPool.stream().mapToLong(a -> a.text().length()).sum();
        int n = 0;
        while (total < targetBytes) {
            String text = unrelated(rnd, n % 5 == 0);
            total += text.length();
            out.add(new ArticleInput("news-" + n++ + ".txt", text, LocalDate.of(2024, 1 + rnd.nextInt(12), 10)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, rnd);
        List<ArticleInput> shuffled = new ArrayList<>();
        for (int i : order) {
            shuffled.add(out.get(i));
            topicalFlags.add(i < topicalPool.size());
        }
        return shuffled;
    }

    private static String unrelated(Random rnd, boolean passingMention) {
        StringBuilder sb = new StringBuilder();
        int size = 2048 + rnd.nextInt(4096);
        int mentionAt = passingMention ? rnd.nextInt(6) : -1;
        int sentence = 0;
        while (sb.length() < size) {
            for (int s = 0; s < 4; s++, sentence++) {
                String line = sentence == mentionAt ? PASSING[rnd.nextInt(PASSING.length)]
                        : SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " " + ACTIONS[rnd.nextInt(ACTIONS.length)] + " "
                        + OBJECTS[rnd.nextInt(OBJECTS.length)] + TAILS[rnd.nextInt(TAILS.length)];
                sb.append(String.format(Locale.ROOT, line, 2 + rnd.nextInt(97), 2 + rnd.nextInt(97))).append(' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
