package io.geowire.extract.bench;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the extractor on a generated corpus (own templates: event sentences for many states and routes, and
 * plain filler), single thread and all cores. Usage: ExtractBenchmark [SIZE_MB] (default 20).
 */
public final class ExtractBenchmark {
    /** Measured throughput. */
    public record Result(long bytes, int articles, int events, double singleMbPerSecond, double singleArticlesPerSecond,
                         double singleMbPerCpuSecond, int threads, double parallelMbPerSecond,
                         double parallelArticlesPerSecond) {
    }

    private static final String[] STATES = {"Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Armenia", "Azerbaijan", "Georgia",
        "Hungary", "Turkey", "Serbia", "Tajikistan", "Mongolia", "Moldova"};
    private static final String[] PARTNERS = {"Russia", "China", "the European Union", "Turkey", "the United States",
        "Iran", "India", "Japan", "the CSTO", "NATO"};
    private static final String[] ROUTES = {"the Druzhba pipeline", "the CPC terminal", "the BTC pipeline", "TurkStream",
        "the Middle Corridor", "the Baku-Tbilisi-Kars railway", "the Central Asia-China gas pipeline"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};
    private static final String[] EVENT_TEMPLATES = {
        "On %4$s %5$d, %1$s signed an agreement with %2$s on transport cooperation.",
        "%1$s has not joined the sanctions imposed on %2$s, its foreign minister said.",
        "Flows through %3$s were halted for %5$d days after a drone strike.",
        "Officials warned that exports via %3$s could be cut if the dispute continues.",
        "%1$s refused to help %2$s evade Western sanctions.",
        "“We will abide by the sanctions,” the deputy prime minister of %1$s told reporters in %4$s.",
        "%1$s reportedly plans to start using %3$s to bypass Russian territory.",
        "In %4$s, %1$s froze its participation in projects with %2$s.",
        "The president of %1$s congratulated the leader of %2$s on the election result.",
        "Shipments through %3$s resumed on %4$s %5$d after repairs.",
    };
    private static final String[] FILLER = {
        "The city council approved a new budget for public transport and road repairs.",
        "Wheat prices rose by %5$d percent over the quarter as demand recovered in the region.",
        "Analysts expect the central bank to keep its key rate unchanged at the next meeting.",
        "The museum opened an exhibition of carpets, ceramics and jewellery from the nineteenth century.",
        "Heavy snow closed several mountain passes, and the authorities advised drivers to stay at home.",
        "A local football club signed two young players from the national academy this summer.",
        "Tourism revenue has grown steadily since the new airport terminal opened in %4$s.",
        "The report notes that small businesses still struggle to obtain affordable loans.",
        "Home | News | Business | Energy | Opinion | Contact",
        "Researchers at the university published a study on water use in cotton farming.",
    };

    private ExtractBenchmark() {
    }

    public static void main(String[] args) {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        run(mb, System.out);
    }

    /** Generates about {@code targetMb} MB of articles, warms up, measures and prints the figures. */
    public static Result run(double targetMb, PrintStream out) {
        EventExtractor extractor = EventExtractor.createDefault();
        List<ArticleInput> corpus = generate((long) (targetMb * 1024 * 1024), 42L);
        long bytes = corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB (generated)%n", corpus.size(), bytes / 1048576.0);

        int warm = Math.max(1, corpus.size() / 4);
        for (int i = 0; i < warm; i++) {
            extractor.extract(corpus.get(i));
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int events = 0;
        for (ArticleInput a : corpus) {
            events += extractor.extract(a).size();
        }
        double single = (System.nanoTime() - t0) / 1e9;
        // CPU time of this thread: the per-core speed even when other processes share the machine
        double singleCpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;

        int threads = Runtime.getRuntime().availableProcessors();
        double parallel = parallelSeconds(extractor, corpus, threads);

        Result r = new Result(bytes, corpus.size(), events, bytes / 1048576.0 / single, corpus.size() / single,
                bytes / 1048576.0 / singleCpu, threads, bytes / 1048576.0 / parallel, corpus.size() / parallel);
        out.printf(Locale.ROOT, "single thread: %.2f MB/s, %.0f articles/s (%d events); %.2f MB per CPU-second%n",
                r.singleMbPerSecond(), r.singleArticlesPerSecond(), events, r.singleMbPerCpuSecond());
        out.printf(Locale.ROOT, "%d threads:    %.2f MB/s, %.0f articles/s%n", threads, r.parallelMbPerSecond(),
                r.parallelArticlesPerSecond());
        return r;
    }

    private static double parallelSeconds(EventExtractor extractor, List<ArticleInput> corpus, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < corpus.size()) {
                        extractor.extract(corpus.get(i));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("extraction failed during the benchmark", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Articles of 2-8 KB: paragraphs of filler with about one event sentence in four. */
    public static List<ArticleInput> generate(long targetBytes, long seed) {
        Random rnd = new Random(seed);
        List<ArticleInput> out = new ArrayList<>();
        long total = 0;
        while (total < targetBytes) {
            StringBuilder sb = new StringBuilder();
            int size = 2048 + rnd.nextInt(6144);
            while (sb.length() < size) {
                for (int s = 0; s < 4; s++) {
                    String[] pool = rnd.nextInt(4) == 0 ? EVENT_TEMPLATES : FILLER;
                    sb.append(fill(pool[rnd.nextInt(pool.length)], rnd)).append(' ');
                }
                sb.append('\n');
            }
            String text = sb.toString();
            total += text.length();
            out.add(new ArticleInput("bench-" + out.size() + ".txt", text, LocalDate.of(2023, 1 + rnd.nextInt(12), 15)));
        }
        return out;
    }

    private static String fill(String template, Random rnd) {
        return String.format(Locale.ROOT, template, STATES[rnd.nextInt(STATES.length)],
                PARTNERS[rnd.nextInt(PARTNERS.length)], ROUTES[rnd.nextInt(ROUTES.length)],
                MONTHS[rnd.nextInt(MONTHS.length)], 1 + rnd.nextInt(28));
    }
}
