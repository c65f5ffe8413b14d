package io.geowire.cli;

import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Event;
import io.geowire.producer.TopicProvisioner;
import io.geowire.streams.GeowireStreamsApp;
import io.geowire.streams.StreamsSettings;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.query.LocalStoreQueries;
import io.geowire.streams.query.PipelineSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * {@code bench rebuild}: how long a fresh Streams application (a new application id, empty state) takes to build
 * the whole state from events already on the topics, as after losing every state directory and changelog. The
 * input is made directly as Avro ({@link RebuildCorpus}) and produced in large transactions, so the time measured
 * is Streams': from its start until its group has committed every input record and the stores count every article
 * and event.
 */
final class RebuildBenchmark {

    /** {@code streamsTuning}: what the bench's flags change in the application's Streams settings. */
    record Options(int articles, int eventsPerArticle, long seed, UnaryOperator<StreamsSettings> streamsTuning,
            boolean recordCaches) {
    }

    private static final double MB = 1024.0 * 1024.0;
    private static final int ARTICLES_PER_TRANSACTION = 500;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofMinutes(60);

    private final Options options;
    private final PrintStream out;

    private RebuildBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    static void run(Options options, PrintStream out) throws Exception {
        new RebuildBenchmark(options, out).run();
    }

    private void run() throws Exception {
        Path tmp = Files.createTempDirectory("geowire-bench-rebuild");
        E2eBenchmark.MemoryPeaks peaks = new E2eBenchmark.MemoryPeaks();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults()
                .withDataDir(tmp.resolve("kafka")));
                Admin admin = Admin.create(ClientConfigs.of(broker.bootstrapServers()).admin())) {
            ClientConfigs clients = ClientConfigs.of(broker.bootstrapServers());
            Topics topics = Topics.unprefixed();
            TopicProvisioner.ensureTopics(admin, topics, TopicProvisioner.DEFAULT_PARTITIONS);
            long events = produce(broker.bootstrapServers(), topics);
            long rssBefore = residentBytes();
            peaks.start();
            rebuild(clients, admin, topics, tmp.resolve("state"), events);
            out.printf(Locale.ROOT, "memory: peak RSS %.0f MB (%.0f MB before Streams started), peak heap used %.0f MB "
                    + "(max heap %.0f MB)%n", E2eBenchmark.MemoryPeaks.peakRssBytes() / MB, rssBefore / MB,
                    peaks.peakHeap() / MB, Runtime.getRuntime().maxMemory() / MB);
        } finally {
            peaks.stop();
            delete(tmp);
        }
    }

    /** Writes the corpus in transactions of {@value #ARTICLES_PER_TRANSACTION} articles; returns the event count. */
    private long produce(String bootstrap, Topics topics) {
        Map<String, Object> tuning = new HashMap<>();
        // large batches: this phase only has to put the records there, quickly
        tuning.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        tuning.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        ClientConfigs clients = new ClientConfigs(bootstrap, tuning);
        RebuildCorpus corpus = new RebuildCorpus(options.seed(), options.eventsPerArticle());
        long events = 0;
        long bytes = 0;
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(clients.transactionalProducer("geowire-bench-rebuild-producer"))) {
            producer.initTransactions();
            int partitions = producer.partitionsFor(topics.events()).size();
            for (int i = 0; i < options.articles(); i++) {
                if (i % ARTICLES_PER_TRANSACTION == 0) {
                    producer.beginTransaction();
                }
                RebuildCorpus.Item item = corpus.next();
                byte[] article = Serdes.article().encode(item.article());
                producer.send(new ProducerRecord<>(topics.articles(), item.article().getId(), article));
                bytes += article.length;
                for (int e = 0; e < item.events().size(); e++) {
                    Event event = item.events().get(e);
                    byte[] value = Serdes.event().encode(event);
                    producer.send(new ProducerRecord<>(topics.events(), partition(item.entities().get(e), partitions),
                            event.getId(), value));
                    bytes += value.length;
                    events++;
                }
                if ((i + 1) % ARTICLES_PER_TRANSACTION == 0 || i + 1 == options.articles()) {
                    producer.commitTransaction();
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        line("produced", "%d articles and %d events (%.1f MB of Avro) in %.1f s, transactions of %d articles",
                options.articles(), events, bytes / MB, seconds, ARTICLES_PER_TRANSACTION);
        return events;
    }

    /** The events partition the producer would choose: by entity (see {@code EventPartitions}). */
    private static int partition(String entity, int partitions) {
        return Utils.toPositive(Utils.murmur2(entity.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
    }

    private void rebuild(ClientConfigs clients, Admin admin, Topics topics, Path stateDir, long events)
            throws InterruptedException {
        StreamsSettings settings = options.streamsTuning().apply(StreamsSettings.of(clients)
                .withApplicationId("geowire-bench-rebuild")
                .withReplicationFactor(1)
                .withStateDir(stateDir));
        long cpuStart = processCpuNanos();
        ThreadCpu threadCpu = ThreadCpu.start();
        long t0 = System.nanoTime();
        try (GeowireStreamsApp app = new GeowireStreamsApp(settings,
                TopologyOptions.defaults().withTopics(topics).withRecordCaches(options.recordCaches()))) {
            app.start(Duration.ofMinutes(2));
            double startSeconds = seconds(t0);
            long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            int caughtUpInARow = 0;
            while (seconds(t0) < TIMEOUT.toSeconds()) {
                caughtUpInARow = allCounted(app, events) && app.isCaughtUp(admin) ? caughtUpInARow + 1 : 0;
                if (caughtUpInARow >= 2) {
                    break;
                }
                if (System.nanoTime() >= nextProgress) {
                    nextProgress += PROGRESS_EVERY.toNanos();
                    progress(admin, settings.applicationId(), app.settleCheck().topics(), topics, events, t0);
                }
                Thread.sleep(POLL.toMillis());
            }
            double seconds = seconds(t0);
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            Map<String, Double> cpuByKind = threadCpu.secondsByKind();
            boolean done = caughtUpInARow >= 2;
            PipelineSummary summary = summaryOrNull(app, null);
            line("rebuild", "%s %.1f s for %d articles + %d events (%.0f input records/s; running after %.1f s), "
                    + "%.0f CPU-s over all threads; commit interval %d ms, %d stream threads; state dir %.0f MB",
                    done ? "caught up in" : "NOT CAUGHT UP after", seconds, options.articles(), events,
                    (options.articles() + events) / seconds, startSeconds, cpu,
                    settings.commitInterval().toMillis(), settings.streamThreads(), sizeOf(stateDir) / MB);
            // the stream thread's own CPU says what a topology change did; the total moves with JIT, GC and load
            line("cpu", "CPU-s by thread: %s", ThreadCpu.format(cpuByKind));
            if (summary != null) {
                line("state", "%d articles, %d events, %d corroborated events", summary.articles(),
                        eventTotal(summary), summary.corroborated().values().stream().mapToLong(Long::longValue).sum());
            }
            if (done) {
                // after the clock stopped: the same digest on two runs means the same state (StateDigest)
                line("stores", "%s", StateDigest.of(app.streams()));
            }
        }
    }

    /**
     * What the application has committed, from its group's offsets: under exactly-once an input record's offset is
     * committed in the same transaction as the state it changed, so this is what the state holds. Every event is
     * counted twice on its way: read from {@code events} (counted, archived and re-keyed by its entity) and then
     * read from the repartition topic into the entity's state (corroboration, stance, routes, sanctions); an event
     * is in the entity state once neither lag holds it. Lags are offsets, so a pending transaction marker counts as
     * one more record: the figures may trail, never lead.
     */
    private void progress(Admin admin, String groupId, java.util.List<String> inputs, Topics topics, long events,
            long t0) {
        Map<String, Long> lag;
        try {
            lag = lagByTopic(admin, groupId, inputs);
        } catch (ExecutionException | RuntimeException e) {
            line("  progress", "%.0f s: offsets not readable yet (%s)", seconds(t0), e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long articlesDone = Math.max(0, options.articles() - lag.getOrDefault(topics.articles(), 0L));
        long eventsRead = Math.max(0, events - lag.getOrDefault(topics.events(), 0L));
        long repartitionLag = inputs.stream().filter(t -> t.endsWith("-repartition"))
                .mapToLong(t -> lag.getOrDefault(t, 0L)).sum();
        long eventsInState = Math.max(0, eventsRead - repartitionLag);
        line("  progress", "%.0f s: articles in state %d/%d (%.0f%%); events read %d/%d (%.0f%%), in the entity state "
                + "%d/%d (%.0f%%)", seconds(t0), articlesDone, options.articles(),
                percent(articlesDone, options.articles()), eventsRead, events, percent(eventsRead, events),
                eventsInState, events, percent(eventsInState, events));
    }

    /** Per topic, the records (and markers) between the group's committed offsets and the last stable offsets. */
    private static Map<String, Long> lagByTopic(Admin admin, String groupId, java.util.List<String> inputs)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(inputs).allTopicNames().get().values().forEach(d -> d.partitions()
                .forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<String, Long> lag = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((tp, info) -> {
                    OffsetAndMetadata c = committed.get(tp);
                    long behind = Math.max(0, info.offset() - (c == null ? 0L : c.offset()));
                    lag.merge(tp.topic(), behind, Long::sum);
                });
        return lag;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    /**
     * Whether the pipeline counters hold every article and event: a few counter keys, read twice a second while
     * waiting. (The full summary also counts the corroborated events, decoding every one: polled twice a second
     * that took a third as much CPU as the stream thread it waited for, so it is read once at the end.)
     */
    private boolean allCounted(GeowireStreamsApp app, long events) {
        try {
            LocalStoreQueries.Counted counted = app.counted();
            return counted.articles() == options.articles() && counted.events() == events;
        } catch (RuntimeException e) {
            return false; // not queryable during a rebalance
        }
    }

    /** The stores' counts; the last ones while the stores cannot be queried (a rebalance). */
    private static PipelineSummary summaryOrNull(GeowireStreamsApp app, PipelineSummary last) {
        try {
            return app.queries().summary();
        } catch (RuntimeException e) {
            return last;
        }
    }

    private static long eventTotal(PipelineSummary summary) {
        return summary.events().values().stream().mapToLong(Long::longValue).sum();
    }

    private void line(String what, String format, Object... args) {
        out.printf(Locale.ROOT, "%-12s %s   [load %s]%n", what + ":", String.format(Locale.ROOT, format, args),
                E2eBenchmark.loadAverage());
    }

    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** VmRSS of /proc/self/status; -1 where there is none. */
    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long sizeOf(Path folder) {
        try (var paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
