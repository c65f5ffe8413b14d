package io.geowire.producer;

import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.live.LiveItem;
import io.geowire.ingest.live.LiveSource;
import io.geowire.ingest.live.SourceState;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs live sources into Kafka, each item exactly once across restarts and crashes. Every source polls on a thread
 * of its own and hands new items to one producing thread, which ingests and extracts each item (through the
 * shared {@link ArticlePipeline}) and writes its articles, events or dead letters together with the item's
 * position in one transaction. At start the positions are read back from Kafka, so an item whose transaction
 * committed is skipped and one whose transaction died with the process is produced again.
 *
 * <p>Used by {@code run --watch/--feeds}; a long-running {@code ingest} verb needs nothing more than to build its
 * sources, call {@link #start()}, serve, and {@link #close()}.
 */
public final class LiveIngestion implements AutoCloseable {

    /** How long the positions may take to read back at start. */
    public static final Duration POSITIONS_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(LiveIngestion.class);

    private final ClientConfigs configs;
    private final Topics topics;
    private final String transactionalId;
    private final ArticlePipeline pipeline;
    private final List<LiveSource> sources;
    private final Map<String, LiveSource> byId;
    private final Clock clock;
    /** Bounded: a source that finds thousands of items waits for the producer instead of filling the heap. */
    private final BlockingQueue<LiveItem> queue = new LinkedBlockingQueue<>(256);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile String failure;
    private boolean closed;
    private CorpusProducer producer;
    private SourcePositions positions;

    public LiveIngestion(ClientConfigs configs, Topics topics, String transactionalId, ArticlePipeline pipeline,
            List<LiveSource> sources, Clock clock) {
        this.configs = configs;
        this.topics = topics;
        this.transactionalId = transactionalId;
        this.pipeline = pipeline;
        this.sources = List.copyOf(sources);
        this.byId = sources.stream().collect(Collectors.toMap(LiveSource::id, Function.identity()));
        this.clock = clock;
    }

    /**
     * Opens the transactional producer (fencing an earlier instance with the same id, which aborts its open
     * transaction), reads the positions back, then starts polling. The topics must exist.
     */
    public synchronized void start() {
        producer = new CorpusProducer(configs, topics, transactionalId, clock);
        try {
            positions = SourcePositions.read(configs, topics.sourcePositions(), POSITIONS_TIMEOUT);
        } catch (RuntimeException e) {
            producer.close();
            producer = null;
            throw e;
        }
        LOG.info("live sources: {} positions read back from {}", positions.size(), topics.sourcePositions());
        running = true;
        Thread producing = new Thread(this::produceLoop, "geowire-live-producer");
        threads.add(producing);
        for (LiveSource source : sources) {
            threads.add(new Thread(() -> pollLoop(source), "geowire-live-" + source.kind()));
        }
        threads.forEach(Thread::start);
    }

    /** Each source's state now, in the order the sources were given. */
    public List<SourceState> states() {
        return sources.stream().map(s -> s.stats().snapshot()).toList();
    }

    /** What the producing thread wrote: inputs = articles + duplicates + dead letters. */
    public ProduceSummary summary() {
        CorpusProducer p = producer;
        return p == null ? new ProduceSummary(0, 0, 0, 0, 0, 0) : p.summary();
    }

    /** Why the producing thread stopped for good (its transactional id taken over, say); empty while healthy. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Items handed over but not yet produced or skipped. */
    public int queued() {
        return queue.size();
    }

    private void pollLoop(LiveSource source) {
        while (running) {
            try {
                source.poll(positions::isKnown, item -> {
                    try {
                        queue.put(item);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Stopped();
                    }
                });
                source.awaitChange();
            } catch (InterruptedException | Stopped e) {
                return;
            } catch (RuntimeException e) {
                // a source's own bug must not stop the others; it is shown in /api/sources and tried again
                source.stats().error("poll failed: " + e);
                LOG.warn("live source {}: poll failed", source.id(), e);
                sleep(RETRY_DELAY);
            }
        }
    }

    /** Unwinds a source's poll when the ingestion stops while it waits for room in the queue. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private void produceLoop() {
        while (running) {
            LiveItem item;
            try {
                item = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (item != null && !produceUntilDone(item)) {
                return;
            }
        }
    }

    /**
     * Produces one item, retrying a failed transaction (the broker away, say) until it commits or the ingestion
     * stops: an item is never skipped, so nothing is lost. Returns false when the producer can no longer write.
     */
    private boolean produceUntilDone(LiveItem item) {
        LiveSource source = byId.get(item.sourceId());
        if (positions.isKnown(item.sourceId(), item.itemKey(), item.version())) {
            source.stats().alreadyProduced();
            return true;
        }
        List<ProducedArticle> articles = item.failure() != null
                ? List.of(pipeline.rejected(item.name(), item.location(), item.failure()))
                : pipeline.processBytes(item.name(), item.location(), item.bytes());
        while (running) {
            try {
                List<String> ids = articles.stream().map(a -> a.ingested().id()).toList();
                List<IngestStatus> statuses = producer.send(articles,
                        List.of(positions.record(item, ids, statusesOf(articles), clock.instant())));
                positions.produced(item);
                source.stats().produced(count(statuses, IngestStatus.OK), count(statuses, IngestStatus.DUPLICATE),
                        count(statuses, IngestStatus.DEAD_LETTER));
                return true;
            } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
                failure = "live sources stopped: the producer cannot write any more (" + e.getMessage() + ")";
                source.stats().error(failure);
                LOG.error(failure, e);
                running = false;
                return false;
            } catch (RuntimeException e) {
                source.stats().error("cannot write " + item.itemKey() + " to Kafka, retrying: " + e.getMessage());
                LOG.warn("live item {} of {}: send failed, retrying", item.itemKey(), item.sourceId(), e);
                sleep(RETRY_DELAY);
            }
        }
        return false;
    }

    private static List<IngestStatus> statusesOf(List<ProducedArticle> articles) {
        return articles.stream().map(a -> a.ingested().status()).toList();
    }

    private static long count(List<IngestStatus> statuses, IngestStatus kind) {
        return statuses.stream().filter(kind::equals).count();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops polling and producing (an item in flight finishes its transaction or is aborted; items still queued
     * are not lost, as their positions were never written) and closes the sources and the producer.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        running = false;
        // the sources are woken from their waits; the producing thread is not interrupted, so an item in flight
        // ends its transaction cleanly rather than with an interrupted send
        threads.stream().skip(1).forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        sources.forEach(LiveSource::close);
        if (producer != null) {
            producer.close();
        }
    }
}
