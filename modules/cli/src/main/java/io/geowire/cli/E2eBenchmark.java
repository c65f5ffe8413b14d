package io.geowire.cli;

import io.geowire.api.SourcesInfo;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.learned.EmbeddingCache;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import io.geowire.ingest.bench.IngestRounds;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.ProducedArticle;
import io.geowire.producer.TopicProvisioner;
import io.geowire.producer.TransactionBatcher;
import io.geowire.producer.TransactionBatching;
import io.geowire.streams.StoreNames;
import io.geowire.streams.StreamsSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code bench e2e}: on one generated corpus, how fast each part runs alone and how fast the whole pipeline runs
 * through the embedded broker and Streams, so the cost of Kafka and Streams shows as a ratio. Each figure is
 * printed with the load average at the time: on a shared machine a figure means little without it.
 */
final class E2eBenchmark {

    /**
     * @param warmUpArticles articles sent end to end through the same pipeline before the measured pass (0: none,
     *                       the measured pass starts with the broker's and Streams' code cold)
     */
    record Options(int articles, double topicalShare, int probeArticles, long seed, boolean rulesOnly,
            TransactionBatching batching, int warmUpArticles, UnaryOperator<StreamsSettings> streamsTuning) {

        Options(int articles, double topicalShare, int probeArticles, long seed, boolean rulesOnly,
                TransactionBatching batching, int warmUpArticles) {
            this(articles, topicalShare, probeArticles, seed, rulesOnly, batching, warmUpArticles,
                    UnaryOperator.identity());
        }

        EventExtractor extractor() {
            return rulesOnly ? EventExtractor.createRulesOnly() : EventExtractor.createDefault();
        }
    }

    private static final double MB = 1024.0 * 1024.0;
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration PROBE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(1);
    private static final String BENCH_APPLICATION_ID = "geowire-bench-e2e";

    private final Options options;
    private final PrintStream out;
    private final MemoryPeaks peaks = new MemoryPeaks();

    private E2eBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    static void run(Options options, PrintStream out) throws Exception {
        new E2eBenchmark(options, out).run();
    }

    private void run() throws Exception {
        Path tmp = Files.createTempDirectory("geowire-bench-e2e");
        peaks.start();
        try {
            Path main = tmp.resolve("main");
            Path probe = tmp.resolve("probe");
            Path warmUp = tmp.resolve("warm-up");
            long bytes = E2eCorpus.write(main, options.articles(), options.topicalShare(), options.seed(), 0);
            E2eCorpus.write(probe, options.probeArticles(), options.topicalShare(), options.seed() + 1,
                    options.articles());
            // articles of their own (another seed, numbers after the probe's): none is a duplicate of a measured one
            long warmUpBytes = E2eCorpus.write(warmUp, options.warmUpArticles(), options.topicalShare(),
                    options.seed() + 2, options.articles() + options.probeArticles());
            out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB, %.0f%% topical (+%d for the latency probe, +%d for "
                    + "the end-to-end warm-up)%n", options.articles(), bytes / MB, options.topicalShare() * 100,
                    options.probeArticles(), options.warmUpArticles());

            EventExtractor extractor = options.extractor();
            out.printf(Locale.ROOT, "extractor: %s; producer transactions: %s%n",
                    options.rulesOnly() ? "rules only" : "rules + learned stage", describe(options.batching()));
            ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(IngestOptions.defaults()), extractor);
            // warm-up, and the probe's articles for the latency phase: ingested and extracted once, here
            List<ProducedArticle> probeArticles = new ArrayList<>();
            new Ingestor(IngestOptions.defaults()).ingest(List.of(probe.toString()),
                    a -> probeArticles.add(pipeline.process(a)));

            List<IngestedArticle> ingested = new ArrayList<>();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            IngestRounds.Round firstRound = IngestRounds.round(List.of(main.toString()), IngestOptions.defaults(),
                    ingested::add);
            IngestSummary summary = firstRound.summary();
            double ingestSeconds = seconds(t0);
            double ingestCpu = (processCpuNanos() - cpu0) / 1e9;
            line("ingest only", "%.2f MB/s, %.2f MB per CPU-second (%d ok, %d duplicates, %d dead letters)",
                    summary.bytes() / MB / ingestSeconds, summary.bytes() / MB / ingestCpu, summary.ok(),
                    summary.duplicates(), summary.deadLetters());
            warmIngest(main, firstRound);

            List<ProducedArticle> extracted = new ArrayList<>(ingested.size());
            // each phase that extracts the main corpus starts with no sentence embeddings cached (the cache is
            // JVM-wide): otherwise the end-to-end phase would find every sentence encoded by the extract-only one
            EmbeddingCache.shared().clear();
            long cpu1 = processCpuNanos();
            long threadCpu1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            ingested.forEach(a -> extracted.add(pipeline.process(a)));
            double extractSeconds = seconds(t1);
            double extractCpu = (processCpuNanos() - cpu1) / 1e9;
            double extractThreadCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu1) / 1e9;
            long events = extracted.stream().mapToLong(p -> p.events().size()).sum();
            double extractRate = ingested.size() / extractSeconds;
            // the extracting thread's own CPU is the figure to set beside the end-to-end extraction workers'; the
            // process's also holds the JIT compiler, which here runs on the other core beside the one thread
            line("extract only", "%.1f articles/s, %.2f MB/s, %.1f CPU-ms per article, %.1f of them the extracting "
                    + "thread's (%d events; one thread; the end-to-end phase extracts on %d)%s", extractRate,
                    summary.bytes() / MB / extractSeconds, extractCpu * 1000 / ingested.size(),
                    extractThreadCpu * 1000 / ingested.size(), events, ArticlePipeline.defaultExtractThreads(),
                    encoderCalls());
            double ingestAndExtractRate = ingested.size() / (ingestSeconds + extractSeconds);
            line("ingest + extract", "%.1f articles/s, %.1f CPU-ms per article", ingestAndExtractRate,
                    (ingestCpu + extractCpu) * 1000 / ingested.size());

            endToEnd(new Corpus(main, bytes), new Corpus(warmUp, warmUpBytes), extractor, extractRate,
                    ingestAndExtractRate, probeArticles, extracted);
            out.printf(Locale.ROOT, "memory: peak RSS %.0f MB, peak heap used %.0f MB (max heap %.0f MB)%n",
                    MemoryPeaks.peakRssBytes() / MB, peaks.peakHeap() / MB,
                    Runtime.getRuntime().maxMemory() / MB);
        } finally {
            peaks.stop();
            delete(tmp);
        }
    }

    /**
     * The line above is one pass in a fresh JVM after only the probe's articles: mostly the JIT at work. The
     * steady-state figure ingests the same corpus again until the JIT has settled and takes the median of several
     * rounds; per core is bytes over the ingesting thread's CPU time (process CPU also counts the JIT's threads).
     */
    private void warmIngest(Path main, IngestRounds.Round first) {
        IngestRounds.Result warm = IngestRounds.afterFirst(List.of(main.toString()), IngestOptions.defaults(), first);
        line("ingest only, warm", "%.2f MB/s, %.2f MB per CPU-second of the ingesting thread (median of %d rounds "
                        + "after %d warm-up rounds; first round %.2f MB per CPU-second of the thread)",
                warm.medianByWall().perSecond(MB), warm.medianByCpu().perCpuSecond(MB), warm.measured().size(),
                warm.warmUpRounds(), first.perCpuSecond(MB));
    }

    /** A generated corpus on disk and its size. */
    private record Corpus(Path folder, long bytes) {
    }

    /**
     * The end-to-end phase. With a warm-up, the measured pass follows one end-to-end pass of other articles
     * through the same broker, Streams and producer path: extract only is measured after extraction has been warmed
     * up (the probe's articles), and without this the end-to-end pass alone would pay for compiling the broker's,
     * the clients' and Streams' code, and for recompiling extraction's after their classes loaded, which a running
     * pipeline pays once (docs/operations.md, "bench e2e: a warm-up pass"). The warm-up pass is printed too.
     */
    private void endToEnd(Corpus main, Corpus warmUp, EventExtractor extractor, double extractRate,
            double ingestAndExtractRate, List<ProducedArticle> probe, List<ProducedArticle> extracted) throws Exception {
        LocalPipeline.Settings settings = new LocalPipeline.Settings(null, null, 0, null, "127.0.0.1", 0, "",
                BENCH_APPLICATION_ID, 0, Duration.ofMinutes(2));
        StreamsSettings streamsSettings = options.streamsTuning().apply(StreamsSettings.of(ClientConfigs.of("unused")));
        out.printf(Locale.ROOT, "streams: commit interval %d ms, %d stream threads, their producers' linger %d ms%n",
                streamsSettings.commitInterval().toMillis(), streamsSettings.streamThreads(),
                streamsSettings.producerLinger().toMillis());
        try (LocalPipeline pipeline = LocalPipeline.start(settings, SourcesInfo.NONE,
                options.streamsTuning())) {
            ProduceSummary before = ProduceSummary.NONE;
            if (options.warmUpArticles() > 0) {
                Pass warm = pass(pipeline, warmUp, extractor, before);
                warm.print("end to end, warm-up pass (cold)", extractRate, ingestAndExtractRate);
                before = warm.produced();
            }
            Pass measured = pass(pipeline, main, extractor, before);
            measured.print("end to end", extractRate, ingestAndExtractRate);
            latency(pipeline, probe, measured.rate() / 2);
            ceiling(pipeline.clients(), pipeline.admin(), extracted);
        }
    }

    /**
     * One end-to-end pass of {@code corpus}: produced through ingest, extraction on one thread per core and the
     * transactional producer, then waited for until Streams has settled ({@code before}: what earlier passes sent,
     * so the settle check's counts add up).
     */
    private Pass pass(LocalPipeline pipeline, Corpus corpus, EventExtractor extractor, ProduceSummary before)
            throws Exception {
        // no sentence embeddings cached from an earlier phase or pass: each pass encodes its own sentences
        EmbeddingCache.shared().clear();
        long cpu0 = processCpuNanos();
        KafkaStreams streams = pipeline.streams().streams();
        StreamThreadTimes times0 = StreamThreadTimes.of(streams.metrics());
        // Streams' threads by their Linux names: the application id's first 15 characters
        Predicate<String> streamsComm = RunQueueWait.commOf(BENCH_APPLICATION_ID)::equals;
        long waited0 = RunQueueWait.nanos(streamsComm);
        ThreadCpu threadCpu = ThreadCpu.startWithProducingPath();
        LastCommit lastCommit = new LastCommit(streams.metrics(), System::nanoTime);
        // every 100 ms: the threads' CPU (extraction workers are then counted after their pool has ended) and the
        // stream threads' commit counters (when Streams last committed)
        Thread sampler = everyTenthOfASecond("bench-thread-cpu", () -> {
            threadCpu.sample();
            lastCommit.sample();
        });
        long t0 = System.nanoTime();
        try {
            ProduceSummary produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(),
                    List.of(corpus.folder().toString()), "geowire-bench-e2e", IngestOptions.defaults(),
                    PipelineMetrics.none(), extractor, ArticlePipeline.defaultExtractThreads(), options.batching());
            double produceSeconds = seconds(t0);
            Map<String, Double> producingCpu = threadCpu.secondsByKind();
            StreamThreadTimes times1 = StreamThreadTimes.of(streams.metrics());
            long waited1 = RunQueueWait.nanos(streamsComm);
            boolean settled = Settling.await(pipeline.settleSource(before.plus(produced)), SETTLE_TIMEOUT).settled();
            double seconds = seconds(t0);
            lastCommit.sample();
            StreamThreadTimes times2 = StreamThreadTimes.of(streams.metrics());
            long waited2 = RunQueueWait.nanos(streamsComm);
            Map<String, Double> cpuByKind = threadCpu.secondsByKind();
            StreamsPhases phases = new StreamsPhases(times1.minus(times0), times2.minus(times1),
                    producingCpu.get("stream threads"), cpuByKind.get("stream threads") - producingCpu.get("stream threads"),
                    (waited1 - waited0) / 1e9, (waited2 - waited1) / 1e9, (lastCommit.lastChange() - t0) / 1e9
                    - produceSeconds, streams.metadataForLocalThreads().size());
            return new Pass(corpus, produced, produceSeconds, seconds, (processCpuNanos() - cpu0) / 1e9, settled,
                    producingCpu, cpuByKind, phases);
        } finally {
            sampler.interrupt();
        }
    }

    /**
     * The stream threads' counters while the producer ran and from its end until settled, their CPU in both spans,
     * and when they last committed (seconds after the producer ended).
     */
    private record StreamsPhases(StreamThreadTimes producing, StreamThreadTimes settling, double producingCpu,
            double settlingCpu, double producingWait, double settlingWait, double lastCommitAfterProducing,
            int threads) {
    }

    /** What one end-to-end pass measured. */
    private final class Pass {
        private final Corpus corpus;
        private final ProduceSummary produced;
        private final double produceSeconds;
        private final double seconds;
        private final double cpuSeconds;
        private final boolean settled;
        private final Map<String, Double> producingCpu;
        private final Map<String, Double> cpuByKind;
        /** Taken when the pass ends: the cache is JVM-wide, and the probe's sends do not extract. */
        private final String encoderCalls = encoderCalls();

        private final StreamsPhases streamsPhases;

        Pass(Corpus corpus, ProduceSummary produced, double produceSeconds, double seconds, double cpuSeconds,
                boolean settled, Map<String, Double> producingCpu, Map<String, Double> cpuByKind,
                StreamsPhases streamsPhases) {
            this.streamsPhases = streamsPhases;
            this.corpus = corpus;
            this.produced = produced;
            this.produceSeconds = produceSeconds;
            this.seconds = seconds;
            this.cpuSeconds = cpuSeconds;
            this.settled = settled;
            this.producingCpu = producingCpu;
            this.cpuByKind = cpuByKind;
        }

        ProduceSummary produced() {
            return produced;
        }

        double rate() {
            return produced.inputs() / seconds;
        }

        void print(String what, double extractRate, double ingestAndExtractRate) {
            line(what, "%.1f articles/s, %.2f MB/s%s; %.2fx extract only, %.2fx ingest + extract; %.1f CPU-ms per "
                    + "article, all threads (%d articles produced in %.1f s with extraction on %d threads, in %d "
                    + "transactions; settled %.1f s later)%s", rate(), corpus.bytes() / MB / seconds,
                    settled ? "" : " (NOT SETTLED)", rate() / extractRate, rate() / ingestAndExtractRate,
                    cpuSeconds * 1000 / produced.inputs(), produced.inputs(), produceSeconds,
                    ArticlePipeline.defaultExtractThreads(), produced.transactions(), seconds - produceSeconds,
                    encoderCalls);
            // where each article's CPU went, by kind of thread, and how many cores the process kept busy: with the
            // learned stage the question is whether extraction had the cores or waited for them (docs/operations.md)
            cpuLine("  cpu while producing", producingCpu, produced.inputs(), produceSeconds);
            cpuLine("  cpu until settled", cpuByKind, produced.inputs(), seconds);
            // where the stream threads' time went while producing and after, and when Streams really finished: the
            // settle check notices the last commit later (it backs off while behind and confirms lag 0 twice)
            line("  streams while producing", "%s", streamsPhases.producing().describe(produceSeconds,
                    streamsPhases.threads(), streamsPhases.producingCpu(), streamsPhases.producingWait()));
            line("  streams after producing", "last commit %.1f s after producing (the settle check: %.1f s); %s",
                    streamsPhases.lastCommitAfterProducing(), seconds - produceSeconds,
                    streamsPhases.settling().describe(seconds - produceSeconds, streamsPhases.threads(),
                            streamsPhases.settlingCpu(), streamsPhases.settlingWait()));
        }
    }

    /**
     * Sentences the learned stage looked up in the embedding cache since it was last cleared, and how many of them
     * it had to encode: with two extraction workers a sentence both miss at the same moment is encoded twice.
     */
    private String encoderCalls() {
        if (options.rulesOnly()) {
            return "";
        }
        EmbeddingCache.Stats stats = EmbeddingCache.shared().stats();
        return String.format(Locale.ROOT, "; embedding cache: %d sentences looked up, %d encoded", stats.hits()
                + stats.misses(), stats.misses());
    }

    private void cpuLine(String what, Map<String, Double> secondsByKind, long articles, double wallSeconds) {
        double total = secondsByKind.values().stream().mapToDouble(Double::doubleValue).sum();
        line(what, "%.1f CPU-ms per article, %.2f cores busy on average over %.1f s; CPU-ms per article by thread: %s",
                total * 1000 / articles, total / wallSeconds, wallSeconds,
                ThreadCpu.format(perArticleMillis(secondsByKind, articles)));
    }

    private static Map<String, Double> perArticleMillis(Map<String, Double> secondsByKind, long articles) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        secondsByKind.forEach((kind, seconds) -> out.put(kind, seconds * 1000 / Math.max(1, articles)));
        return out;
    }

    /** A started daemon thread that runs {@code sample} every 100 ms until it is interrupted. */
    private static Thread everyTenthOfASecond(String name, Runnable sample) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample.run();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    /** Sends the probe's articles at {@code rate} and times each from send to its appearance in the store. */
    private void latency(LocalPipeline pipeline, List<ProducedArticle> probe, double rate) throws Exception {
        List<ProducedArticle> articles = probe.stream().filter(p -> p.ingested().status() == IngestStatus.OK).toList();
        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        // an article's first event, watched after the repartition hop: it reaches the aggregates' task only once the
        // transaction that wrote it to the repartition topic has committed, so this one includes a Streams commit
        Map<String, Long> pendingEvents = new ConcurrentHashMap<>();
        List<Long> eventLatencies = Collections.synchronizedList(new ArrayList<>());
        KafkaStreams streams = pipeline.streams().streams();
        Thread watcher = new Thread(() -> watch(streams, StoreNames.ARTICLES, pending, latencies), "bench-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Thread eventWatcher = new Thread(() -> watch(streams, StoreNames.CORROBORATION_MEMBERS, pendingEvents,
                eventLatencies), "bench-event-watcher");
        eventWatcher.setDaemon(true);
        eventWatcher.start();
        long intervalNanos = (long) (1e9 / rate);
        // through the same transaction batching as the end-to-end phase: the wait for a transaction to commit is
        // part of what a reader sees
        try (CorpusProducer producer = new CorpusProducer(pipeline.clients(), pipeline.topics(), "geowire-bench-probe",
                Clock.systemUTC()); TransactionBatcher batcher = new TransactionBatcher(producer, options.batching())) {
            long start = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                ProducedArticle a = articles.get(i);
                long sent = System.nanoTime();
                pending.put(a.ingested().id(), sent);
                if (!a.events().isEmpty()) {
                    pendingEvents.put(a.events().get(0).id(), sent);
                }
                batcher.accept(a);
            }
            batcher.flush();
            long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
            while ((!pending.isEmpty() || !pendingEvents.isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            watcher.interrupt();
            eventWatcher.interrupt();
        }
        List<Long> sorted = sorted(latencies);
        line("produce to queryable", "p50 %.0f ms, p99 %.0f ms, max %.0f ms at %.1f articles/s (50%% of end to end; "
                + "%d measured, %d not seen)", percentile(sorted, 0.50), percentile(sorted, 0.99),
                percentile(sorted, 1.0), rate, sorted.size(), pending.size());
        List<Long> sortedEvents = sorted(eventLatencies);
        line("  the first event in the aggregates", "p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d measured, %d not seen; "
                + "after the repartition hop, so one Streams commit more)", percentile(sortedEvents, 0.50),
                percentile(sortedEvents, 0.99), percentile(sortedEvents, 1.0), sortedEvents.size(),
                pendingEvents.size());
    }

    private static List<Long> sorted(List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(Comparator.naturalOrder());
        return sorted;
    }

    /** Polls {@code storeName} every 2 ms for the pending keys, moving each one found to {@code latencies}. */
    private static void watch(KafkaStreams streams, String storeName, Map<String, Long> pending, List<Long> latencies) {
        ReadOnlyKeyValueStore<String, Object> store = null;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (store == null) {
                    store = streams.store(StoreQueryParameters.fromNameAndType(storeName,
                            QueryableStoreTypes.keyValueStore()));
                }
                for (Map.Entry<String, Long> e : pending.entrySet()) {
                    if (store.get(e.getKey()) != null) {
                        latencies.add(System.nanoTime() - e.getValue());
                        pending.remove(e.getKey());
                    }
                }
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                store = null; // rebalancing: ask for the store again
            }
        }
    }

    /**
     * The broker's limit for the same records: what our producer would write for the corpus (captured, not
     * sent), written by a plain idempotent producer with the same settings, once as fast as it can and once
     * in one transaction per article as ours does. Each producer is connected and has written to every partition
     * before its clock starts ({@link BrokerCeiling}), as Kafka's producer-performance tool times only the sends.
     */
    private void ceiling(ClientConfigs clients, Admin admin, List<ProducedArticle> extracted) throws Exception {
        Topics ceilingTopics = Topics.withPrefix("bench-ceiling.");
        TopicProvisioner.ensureTopics(admin, ceilingTopics, TopicProvisioner.DEFAULT_PARTITIONS);
        List<List<ProducerRecord<String, byte[]>>> transactions = capture(extracted, ceilingTopics);
        List<ProducerRecord<String, byte[]>> records = BrokerCeiling.flatten(transactions);
        long bytes = records.stream().mapToLong(r -> r.value().length).sum();

        Map<String, Object> config = new HashMap<>(clients.transactionalProducer("unused"));
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        BrokerCeiling.Result raw;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            BrokerCeiling.warmUp(producer, records, WARM_UP_TIMEOUT);
            raw = BrokerCeiling.measure(producer, records, System::nanoTime);
        }
        line("broker ceiling", "%.2f MB/s, %.0f records/s (%d records acknowledged%s, %.1f MB of Avro, %d B on "
                + "average; idempotent, acks=all, lz4, linger.ms=5, no transactions)", raw.megabytesPerSecond(),
                raw.recordsPerSecond(), raw.acknowledged(), raw.failed() == 0 ? ""
                        : ", " + raw.failed() + " FAILED: " + raw.firstFailure(),
                bytes / MB, records.isEmpty() ? 0 : bytes / records.size());

        double txSeconds = inTransactions(clients, "geowire-bench-ceiling", transactions);
        line("broker, a transaction per article", "%.2f MB/s, %.0f articles/s, %.0f records/s",
                bytes / MB / txSeconds, transactions.size() / txSeconds, records.size() / txSeconds);
        int perTransaction = options.batching().maxInputs();
        if (perTransaction > 1) {
            List<List<ProducerRecord<String, byte[]>>> batches = new ArrayList<>();
            for (int i = 0; i < transactions.size(); i += perTransaction) {
                batches.add(BrokerCeiling.flatten(transactions.subList(i, Math.min(transactions.size(),
                        i + perTransaction))));
            }
            double seconds = inTransactions(clients, "geowire-bench-ceiling-batched", batches);
            line("broker, " + perTransaction + " articles a transaction", "%.2f MB/s, %.0f articles/s, %.0f records/s",
                    bytes / MB / seconds, transactions.size() / seconds, records.size() / seconds);
        }
    }

    /** Seconds to write {@code transactions}, each in a transaction of its own, through one transactional producer. */
    private static double inTransactions(ClientConfigs clients, String transactionalId,
            List<List<ProducerRecord<String, byte[]>>> transactions) {
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(clients.transactionalProducer(transactionalId))) {
            producer.initTransactions();
            long t = System.nanoTime();
            for (List<ProducerRecord<String, byte[]>> records : transactions) {
                producer.beginTransaction();
                records.forEach(producer::send);
                producer.commitTransaction();
            }
            return seconds(t);
        }
    }

    private static String describe(TransactionBatching batching) {
        return batching.onePerInput() ? "one per input" : String.format(Locale.ROOT,
                "up to %d inputs or %d ms each", batching.maxInputs(), batching.maxOpen().toMillis());
    }

    /** The records our producer writes for each article, captured by a mock producer, renamed to {@code topics}. */
    private static List<List<ProducerRecord<String, byte[]>>> capture(List<ProducedArticle> extracted, Topics topics) {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, TopicProvisioner.DEFAULT_PARTITIONS)
                .mapToObj(p -> new PartitionInfo(topics.events(), p, node, new Node[] {node}, new Node[] {node}))
                .toList();
        Cluster cluster = new Cluster("bench", List.of(node), partitions, java.util.Set.of(), java.util.Set.of());
        MockProducer<String, byte[]> mock = new MockProducer<>(cluster, true, null, new StringSerializer(),
                new ByteArraySerializer());
        List<List<ProducerRecord<String, byte[]>>> transactions = new ArrayList<>();
        try (CorpusProducer producer = new CorpusProducer(mock, topics, Clock.systemUTC())) {
            int seen = 0;
            for (ProducedArticle a : extracted) {
                producer.send(a);
                List<ProducerRecord<String, byte[]>> history = mock.history();
                transactions.add(List.copyOf(history.subList(seen, history.size())));
                seen = history.size();
            }
        }
        return transactions;
    }

    private void line(String what, String format, Object... args) {
        out.printf(Locale.ROOT, "%-36s %s   [load %s]%n", what + ":", String.format(Locale.ROOT, format, args),
                loadAverage());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** CPU time of the whole process (every thread: the broker's, Streams', the producer's) in nanoseconds. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double percentile(List<Long> sortedNanos, double q) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Peak heap in use, sampled; peak resident set from the kernel's high-water mark. */
    static final class MemoryPeaks {
        private final AtomicLong peakHeap = new AtomicLong();
        private Thread sampler;

        void start() {
            sampler = everyTenthOfASecond("bench-memory", () -> peakHeap.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max));
        }

        void stop() {
            sampler.interrupt();
        }

        long peakHeap() {
            return peakHeap.get();
        }

        /** VmHWM of /proc/self/status; -1 where there is none (not Linux). */
        static long peakRssBytes() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
            return -1;
        }
    }
}
