package io.geowire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.learned.EmbeddingCache;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.Ingestor;
import io.geowire.ingest.live.LiveSource;
import io.geowire.ingest.live.WatchedFolder;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.ProducedArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code bench live}: how long a file written into a watched folder takes to be queryable, with all its events,
 * through the REST API, with the pipeline started in-process as {@code run --watch} starts it (embedded broker,
 * temp folders). Three phases on generated articles: a warm-up (not counted), a burst dropped at once whose
 * completion rate is the most articles per second the pipeline sustains, then files written one at a time at half
 * that rate, each timed from its rename into the folder to the first {@code GET /api/articles/{id}} that lists
 * the article with every event the extractor finds in it.
 *
 * <p>The ids the probe asks for are computed beforehand by running the same ingestion and extraction on each file
 * (an article's id is a hash of its cleaned text, not its file name). A read_committed consumer of the articles
 * topic splits each latency in three: until the live producer encoded the article (settle wait, ingestion,
 * extraction), until its transaction was visible, and until the API answered.
 */
final class LiveLatencyBenchmark {

    /**
     * @param files   files written at half the max rate, each timed
     * @param burst   files dropped at once to measure the max rate
     * @param warmup  files dropped at once first, not counted (JIT, model loading, first transactions)
     * @param minKb   each article padded with filler to at least this many KB (0: as generated, 2 to 8 KB)
     * @param settle  how long a file must stay unchanged before the folder reads it
     * @param poll    how often each pending article is asked for
     */
    record Options(int files, int burst, int warmup, double topicalShare, int minKb, long seed, Duration settle,
            Duration poll, Duration timeout) {
    }

    /**
     * What one file should become: its article ids, each with the ids of its events; and how long its ingestion
     * and extraction took here, alone, to set beside the live figures.
     */
    record Expected(String name, Map<String, Set<String>> eventIdsByArticle, long processNanos) {

        /** A file that becomes no article (dead letter, duplicate) is never queryable; it is counted apart. */
        boolean becomesArticles() {
            return !eventIdsByArticle.isEmpty();
        }

        int events() {
            return eventIdsByArticle.values().stream().mapToInt(Set::size).sum();
        }
    }

    /** The files of one phase: written + queryable + timed out + not articles. */
    record Tally(int written, int queryable, int timedOut, int notArticles) {

        boolean addsUp() {
            return written == queryable + timedOut + notArticles;
        }
    }

    private static final String APPLICATION_ID = "geowire-bench-live";
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);

    private final Options options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Probe> pending = new CopyOnWriteArrayList<>();
    /** Per article id, from the read_committed consumer: [time the producer encoded it, time it was read], wall ms. */
    private final Map<String, long[]> committed = new ConcurrentHashMap<>();
    private volatile String api;
    private volatile boolean reading = true;

    private LiveLatencyBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    static void run(Options options, PrintStream out) throws Exception {
        new LiveLatencyBenchmark(options, out).run();
    }

    // ---- pure parts, unit tested ----

    /** Nearest-rank percentile of nanosecond figures sorted ascending, in milliseconds; NaN when there are none. */
    static double percentileMillis(List<Long> sortedNanos, double q) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    /** When the file of {@code index} is due at {@code perSecond} files a second from {@code startNanos}. */
    static long dueNanos(long startNanos, int index, double perSecond) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate must be positive and finite: " + perSecond);
        }
        return startNanos + Math.round(index * 1e9 / perSecond);
    }

    /**
     * Completions a second between the first and the last of a burst: the pipeline's fixed latency (the first
     * file's wait) is left out, so what remains is how fast it works through a backlog. NaN under two.
     */
    static double sustainedRate(List<Long> completionNanos) {
        if (completionNanos.size() < 2) {
            return Double.NaN;
        }
        long first = completionNanos.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = completionNanos.stream().mapToLong(Long::longValue).max().orElseThrow();
        return last == first ? Double.POSITIVE_INFINITY : (completionNanos.size() - 1) / ((last - first) / 1e9);
    }

    // ---- the run ----

    private void run() throws Exception {
        Path tmp = Files.createTempDirectory("geowire-bench-live");
        try {
            Path watched = Files.createDirectories(tmp.resolve("watched"));
            List<Path> warmup = corpus(tmp.resolve("warmup"), options.warmup(), 0);
            List<Path> burst = corpus(tmp.resolve("burst"), options.burst(), options.warmup());
            List<Path> timed = corpus(tmp.resolve("timed"), options.files(), options.warmup() + options.burst());
            long t0 = System.nanoTime();
            Map<Path, Expected> expected = expect(Stream.of(warmup, burst, timed).flatMap(List::stream).toList());
            out.printf(Locale.ROOT, "corpus: %d warm-up + %d burst + %d timed files, %.1f KB on average, %.0f%% "
                    + "topical, %d events expected (ids computed by the same ingestion and extraction in %.1f s)%n",
                    warmup.size(), burst.size(), timed.size(), averageKb(expected.keySet()),
                    options.topicalShare() * 100, expected.values().stream().mapToInt(Expected::events).sum(),
                    seconds(t0));
            try (LiveRun live = new LiveRun();
                    LocalPipeline pipeline = LocalPipeline.start(settings(), live.sourcesInfo());
                    WatchedFolder folder = new WatchedFolder(watched, options.settle(), WatchedFolder.DEFAULT_RESCAN,
                            IngestOptions.defaults().limits().maxFileBytes(), Clock.systemUTC())) {
                live.start(pipeline.clients(), pipeline.topics(), LiveRun.transactionalId(APPLICATION_ID),
                        IngestOptions.defaults(), List.<LiveSource>of(folder), EventExtractor.createDefault());
                api = pipeline.apiUrl();
                out.printf(Locale.ROOT, "pipeline: embedded broker, watched folder settle %d ms, rescan %d ms; "
                        + "API at %s polled every %d ms per pending article%n", options.settle().toMillis(),
                        WatchedFolder.DEFAULT_RESCAN.toMillis(), api, options.poll().toMillis());
                Thread poller = daemon("bench-live-poller", this::pollApi);
                Thread reader = daemon("bench-live-reader", () -> readCommitted(pipeline));
                try {
                    phases(watched, expected, warmup, burst, timed);
                } finally {
                    poller.interrupt();
                    reading = false; // not an interrupt: the consumer would log its interrupted close
                    reader.join(5_000);
                    live.close(); // stops producing before the broker it writes to goes away
                }
            }
        } finally {
            delete(tmp);
        }
    }

    private void phases(Path watched, Map<Path, Expected> expected, List<Path> warmup, List<Path> burst,
            List<Path> timed) throws Exception {
        List<Probe> warm = probes(warmup, expected);
        long t0 = System.nanoTime();
        dropAll(warm, watched);
        Tally warmTally = await(warm);
        line("warm-up (not counted)", "%d of %d files queryable after %.1f s", warmTally.queryable(),
                warmTally.written(), seconds(t0));

        List<Probe> burstProbes = probes(burst, expected);
        long t1 = System.nanoTime();
        dropAll(burstProbes, watched);
        Tally burstTally = await(burstProbes);
        List<Long> done = burstProbes.stream().filter(Probe::done).map(p -> p.queryableNanos).toList();
        double maxRate = sustainedRate(done);
        line("max rate (burst)", "%.2f files/s between the first and the last queryable (%d files dropped at "
                + "once; %d queryable, first after %.2f s, last after %.2f s, %d timed out)", maxRate,
                burstTally.written(), burstTally.queryable(), firstAfter(burstProbes, t1), seconds(t1),
                burstTally.timedOut());
        if (!(maxRate > 0) || Double.isInfinite(maxRate)) {
            out.println("no max rate measured (fewer than two burst files queryable, or all at once): "
                    + "use a larger --burst");
            return;
        }
        double rate = maxRate / 2;
        List<Probe> timedProbes = probes(timed, expected);
        long t2 = System.nanoTime();
        for (int i = 0; i < timedProbes.size(); i++) {
            sleepUntil(dueNanos(t2, i, rate));
            drop(timedProbes.get(i), watched);
        }
        Tally tally = await(timedProbes);
        report(timedProbes, tally, rate, seconds(t2));
    }

    private void report(List<Probe> probes, Tally tally, double rate, double seconds) {
        List<Long> latencies = sorted(probes, p -> p.queryableNanos - p.writtenNanos);
        line("written -> queryable", "p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms at %.2f files/s (half the "
                + "max rate, %.1f s of writing); polled every %d ms, so each figure may be up to that much high",
                percentileMillis(latencies, 0.50), percentileMillis(latencies, 0.90),
                percentileMillis(latencies, 0.99), percentileMillis(latencies, 1.0), rate, seconds,
                options.poll().toMillis());
        out.printf(Locale.ROOT, "  files: %d written = %d queryable + %d timed out (not queryable within %d s) + "
                + "%d that become no article%s%n", tally.written(), tally.queryable(), tally.timedOut(),
                options.timeout().toSeconds(), tally.notArticles(), tally.addsUp() ? "" : " (DOES NOT ADD UP)");
        List<Probe> split = probes.stream().filter(p -> p.done() && committed.containsKey(p.firstArticle()))
                .toList();
        stage(split, "  written -> encoded by the live producer (settle wait, listing, ingestion, extraction)",
                p -> msAsNanos(p.committedTimes()[0] - p.writtenMillis));
        List<Long> alone = probes.stream().map(p -> p.expected.processNanos()).sorted().toList();
        out.printf(Locale.ROOT, "    of which ingestion + extraction of the same files, timed alone beforehand: "
                + "p50 %.0f ms, p99 %.0f ms%n", percentileMillis(alone, 0.50), percentileMillis(alone, 0.99));
        stage(split, "  encoded -> transaction visible (read_committed)",
                p -> msAsNanos(p.committedTimes()[1] - p.committedTimes()[0]));
        stage(split, "  visible -> queryable through the API (Streams, its commit, the poll)",
                p -> msAsNanos(p.queryableMillis - p.committedTimes()[1]));
    }

    private void stage(List<Probe> probes, String what, ToLongFunction<Probe> nanos) {
        List<Long> figures = sorted(probes, nanos);
        out.printf(Locale.ROOT, "%s: p50 %.0f ms, p99 %.0f ms (%d files)%n", what, percentileMillis(figures, 0.50),
                percentileMillis(figures, 0.99), figures.size());
    }

    // ---- files ----

    private List<Path> corpus(Path folder, int count, int firstIndex) throws IOException {
        E2eCorpus.write(folder, count, options.topicalShare(), options.seed() + firstIndex, firstIndex);
        List<Path> files = list(folder);
        if (options.minKb() > 0) {
            for (Path file : files) {
                E2eCorpus.padTo(file, options.minKb() * 1024, options.seed() + file.hashCode());
            }
        }
        return files;
    }

    /**
     * Each file's article ids and event ids, by the ingestion and extraction the live producer runs (its
     * duplicate index included, fed in the same order), under the name the folder gives the file.
     */
    private static Map<Path, Expected> expect(List<Path> files) throws IOException {
        ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(IngestOptions.defaults()),
                EventExtractor.createDefault());
        Map<Path, Expected> expected = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Map<String, Set<String>> articles = new LinkedHashMap<>();
            byte[] bytes = Files.readAllBytes(file);
            long t0 = System.nanoTime();
            List<ProducedArticle> produced = pipeline.processBytes(name, file.toString(), bytes);
            long processNanos = System.nanoTime() - t0;
            for (ProducedArticle a : produced) {
                if (a.ingested().status() == IngestStatus.OK) {
                    Set<String> events = new HashSet<>();
                    a.events().stream().map(ExtractedEvent::id).forEach(events::add);
                    articles.put(a.ingested().id(), events);
                }
            }
            expected.put(file, new Expected(name, articles, processNanos));
        }
        // the sentence embeddings are cached JVM-wide: left in, the live extraction of the same files would find
        // them all and the figures would leave out the encoder, the costliest part of extraction
        EmbeddingCache.shared().clear();
        return expected;
    }

    private List<Probe> probes(List<Path> files, Map<Path, Expected> expected) {
        return files.stream().map(f -> new Probe(f, expected.get(f))).toList();
    }

    private void dropAll(List<Probe> probes, Path watched) throws IOException {
        for (Probe p : probes) {
            drop(p, watched);
        }
    }

    /** Written beside, then renamed in, as a crawler should: the folder never shows a half-written file. */
    private void drop(Probe probe, Path watched) throws IOException {
        Path tmp = watched.resolve(probe.file.getFileName() + ".tmp");
        Files.copy(probe.file, tmp);
        probe.writtenMillis = System.currentTimeMillis();
        probe.writtenNanos = System.nanoTime();
        Files.move(tmp, watched.resolve(probe.file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        if (probe.expected.becomesArticles()) {
            pending.add(probe);
        }
    }

    /** Waits until every file of the phase is queryable or the timeout passes; then counts. */
    private Tally await(List<Probe> probes) throws InterruptedException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (probes.stream().anyMatch(p -> p.expected.becomesArticles() && !p.done())
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        pending.removeAll(probes);
        int queryable = (int) probes.stream().filter(Probe::done).count();
        int notArticles = (int) probes.stream().filter(p -> !p.expected.becomesArticles()).count();
        return new Tally(probes.size(), queryable, probes.size() - queryable - notArticles, notArticles);
    }

    // ---- observers ----

    /** Asks the API for each pending article every {@code poll}, as a client would, until it lists its events. */
    private void pollApi() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (Probe p : pending) {
                    if (!p.done() && queryable(p.expected)) {
                        p.queryableMillis = System.currentTimeMillis();
                        p.queryableNanos = System.nanoTime();
                        pending.remove(p);
                    }
                }
                Thread.sleep(options.poll().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean queryable(Expected expected) throws InterruptedException {
        for (Map.Entry<String, Set<String>> article : expected.eventIdsByArticle().entrySet()) {
            if (!listsAll(article.getKey(), article.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The article answers 200 and lists at least the events expected (a later version might add none). */
    private boolean listsAll(String articleId, Set<String> eventIds) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/api/articles/"
                    + URLEncoder.encode(articleId, StandardCharsets.UTF_8))).timeout(HTTP_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return false;
            }
            Set<String> listed = new HashSet<>();
            for (JsonNode e : Json.mapper().readTree(r.body()).path("events")) {
                listed.add(e.path("id").asText());
            }
            return listed.containsAll(eventIds);
        } catch (IOException e) {
            return false; // not answering yet: asked again on the next round
        }
    }

    /** Notes when each article record was encoded (its timestamp) and when its transaction became visible. */
    private void readCommitted(LocalPipeline pipeline) {
        Map<String, Object> config = new LinkedHashMap<>(pipeline.clients().readCommittedConsumer(null));
        // a short fetch wait, so the read time is the commit's time, not the end of a long poll
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            String topic = pipeline.topics().articles();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (reading) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    committed.putIfAbsent(r.key(), new long[] {r.timestamp(), System.currentTimeMillis()});
                }
            }
        }
    }

    // ---- helpers ----

    private LocalPipeline.Settings settings() {
        return new LocalPipeline.Settings(null, null, 0, null, "127.0.0.1", 0, "", APPLICATION_ID, 0,
                Duration.ofMinutes(2));
    }

    private final class Probe {
        final Path file;
        final Expected expected;
        volatile long writtenNanos;
        volatile long writtenMillis;
        volatile long queryableNanos = -1;
        volatile long queryableMillis;

        Probe(Path file, Expected expected) {
            this.file = file;
            this.expected = expected;
        }

        boolean done() {
            return queryableNanos >= 0;
        }

        String firstArticle() {
            return expected.eventIdsByArticle().keySet().iterator().next();
        }

        long[] committedTimes() {
            return committed.get(firstArticle());
        }
    }

    private static List<Long> sorted(List<Probe> probes, ToLongFunction<Probe> figure) {
        return probes.stream().filter(Probe::done).map(p -> figure.applyAsLong(p)).sorted().toList();
    }

    private static long msAsNanos(long ms) {
        return ms * 1_000_000;
    }

    private static double firstAfter(List<Probe> probes, long startNanos) {
        return probes.stream().filter(Probe::done).mapToLong(p -> p.queryableNanos - startNanos).min()
                .orElse(-1) / 1e9;
    }

    private static double averageKb(Set<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return files.isEmpty() ? 0 : bytes / 1024.0 / files.size();
    }

    private static void sleepUntil(long dueNanos) throws InterruptedException {
        long wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private void line(String what, String format, Object... args) {
        out.printf(Locale.ROOT, "%-24s %s   [load %s]%n", what + ":", String.format(Locale.ROOT, format, args),
                E2eBenchmark.loadAverage());
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
