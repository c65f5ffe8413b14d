package io.geowire.producer;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raw-articles source: consumes JSON articles a crawler (or Kafka Connect) wrote, ingests and extracts each
 * through the same path as a corpus file, and produces the articles, events and dead letters in the same Kafka
 * transaction as the consumed offsets (consume-transform-produce, read_committed). Several processes with the same
 * group share the topic's partitions; a process killed at any point leaves an open transaction that the broker
 * aborts, so its inputs are processed again by whoever takes the partitions over, and appear once.
 *
 * <p>Every record becomes exactly one input: an article, a duplicate or a dead letter with its reason (not JSON, no
 * text, too large, or an extraction failure), so {@code inputs = articles + duplicates + deadLetters}. Start with
 * {@link #start()}, stop with {@link #close()}.
 */
public final class RawArticleIngest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RawArticleIngest.class);

    /** Consumer group of {@code ingest --from-topic} unless told otherwise. */
    public static final String DEFAULT_GROUP = "geowire-ingest";

    /**
     * Records per transaction: enough to amortise a commit (a few ms), few enough that a batch is extracted well
     * within a second, so an article waits little for its neighbours. An operator's client file may change it.
     */
    static final int DEFAULT_MAX_POLL_RECORDS = 50;

    /**
     * How long the broker keeps a dead process's transaction open before aborting it. Until then the partitions'
     * offsets are "unstable" and the next owner waits, so a killed process delays its partitions by at most this.
     */
    static final int TRANSACTION_TIMEOUT_MS = 10_000;

    /** After a failed transaction, wait before retrying, so a broker that is down is not asked in a tight loop. */
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * Who this process is in the group.
     *
     * @param topic      the topic to consume (e.g. {@link Topics#rawArticles()})
     * @param group      consumer group shared by every process that divides the topic's partitions
     * @param instanceId this process's stable name in the group (static membership) and part of its transactional
     *                   id: a restart under the same name takes over its partitions and fences its old transaction
     *                   at once instead of waiting for timeouts. Two running processes must not share it
     */
    public record Settings(String topic, String group, String instanceId) {
        public Settings {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(instanceId, "instanceId");
        }

        String transactionalId() {
            return group + "-" + instanceId;
        }
    }

    /**
     * What the source has done so far.
     *
     * @param produced    committed inputs by kind (inputs = articles + duplicates + dead letters)
     * @param aborted     transactions that failed (the producer is then replaced), their records consumed again
     * @param assigned    partitions this process owns now
     * @param lastPoll    when the topic was last polled, ISO-8601 UTC (null before the first poll)
     * @param lastError   the last failure, with its message (null when none)
     */
    public record Status(ProduceSummary produced, long aborted, List<String> assigned, String lastPoll,
            String lastError) {
    }

    private final ClientConfigs configs;
    private final Topics topics;
    private final Settings settings;
    private final IngestOptions ingestOptions;
    private final EventExtractor extractor;
    private final Clock clock;
    private final Consumer<String, byte[]> consumer;
    private final Thread thread;
    private final AtomicReference<String> failure = new AtomicReference<>();

    private volatile boolean stopping;
    private volatile Status status;
    private CorpusProducer producer;
    private ProduceSummary replaced = ProduceSummary.NONE;
    private ArticlePipeline pipeline;
    private Ingestor ingestor;
    private long aborted;

    public RawArticleIngest(ClientConfigs configs, Topics topics, Settings settings, IngestOptions ingestOptions,
            EventExtractor extractor, Clock clock) {
        this.configs = configs;
        this.topics = topics;
        this.settings = settings;
        this.ingestOptions = ingestOptions;
        this.extractor = extractor;
        this.clock = clock;
        this.consumer = new KafkaConsumer<>(consumerConfig(configs, settings));
        this.thread = new Thread(this::loop, "geowire-" + settings.topic());
        this.thread.setDaemon(false);
        this.status = new Status(ProduceSummary.NONE, 0, List.of(), null, null);
    }

    /** Starts consuming on a thread of its own; the transactional producer is set up first, on that thread. */
    public RawArticleIngest start() {
        thread.start();
        return this;
    }

    public Status status() {
        return status;
    }

    /** Why the loop stopped on its own (it only does on an error it cannot recover from); empty while running. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    public boolean running() {
        return thread.isAlive();
    }

    static Map<String, Object> consumerConfig(ClientConfigs configs, Settings settings) {
        Map<String, Object> config = configs.readCommittedConsumer(settings.group());
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, DEFAULT_MAX_POLL_RECORDS);
        config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, settings.instanceId());
        return config;
    }

    private CorpusProducer newProducer() {
        Map<String, Object> config = configs.transactionalProducer(settings.transactionalId());
        config.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, TRANSACTION_TIMEOUT_MS);
        return new CorpusProducer(new org.apache.kafka.clients.producer.KafkaProducer<>(config), topics, clock);
    }

    private void loop() {
        try {
            producer = newProducer();
            freshIngestor();
            consumer.subscribe(List.of(settings.topic()), new Rebalance());
            while (!stopping && producer != null) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                publish(null);
                if (!records.isEmpty()) {
                    processBatch(records);
                }
            }
        } catch (WakeupException e) {
            // close() woke the poll: a normal stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure.set(describe(e));
            publish(describe(e));
        } finally {
            closeQuietly();
        }
    }

    /**
     * Ingests, extracts and produces one poll's records in one transaction with their offsets. When the transaction
     * fails, nothing of it is visible: the records are read again from where the batch began, with a fresh
     * duplicate memory (the aborted articles must not count as seen).
     */
    private void processBatch(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<ProducedArticle> batch = new ArrayList<>(records.count());
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            first.putIfAbsent(tp, record.offset());
            next.put(tp, new OffsetAndMetadata(record.offset() + 1));
            batch.add(process(record));
        }
        try {
            producer.sendWithOffsets(batch, next, consumer.groupMetadata());
            publish(null);
        } catch (RuntimeException e) {
            // said in the log as well as in the status: a batch that keeps failing must not look like a quiet topic
            LOG.warn("{}: transaction of {} records failed and was aborted; re-reading from {}", settings.topic(),
                    batch.size(), first, e);
            publish(describe(e));
            Thread.sleep(RETRY_BACKOFF.toMillis());
            recover();
            rewind(first);
        }
    }

    /** One record as one input; an extraction that fails makes a dead letter, never a stopped loop. */
    private ProducedArticle process(ConsumerRecord<String, byte[]> record) {
        String name = record.topic() + "-" + record.partition() + "@" + record.offset();
        IngestedArticle in = ingestor.ingestRecord(name, record.value());
        try {
            return pipeline.process(in);
        } catch (RuntimeException | StackOverflowError e) {
            return new ProducedArticle(asDeadLetter(in, "cannot extract: " + describe(e)), List.of());
        }
    }

    /**
     * After a failed transaction the producer is replaced, whether it aborted cleanly or was fenced: initialising a
     * new one under the same transactional id aborts whatever the old one left open, and failures are rare enough
     * that telling the recoverable ones apart is not worth a path of its own. The duplicate memory forgets the
     * aborted articles.
     */
    private void recover() {
        aborted++;
        replaced = replaced.plus(producer.summary());
        closeProducer();
        producer = null;
        while (producer == null && !stopping) {
            try {
                producer = newProducer();
            } catch (RuntimeException e) {
                // the cluster may be unreachable for a while: keep trying until it answers or we are stopped
                LOG.warn("{}: cannot start a transactional producer yet: {}", settings.topic(), describe(e));
                publish(describe(e));
                sleepQuietly();
            }
        }
        freshIngestor();
    }

    /** Reads the batch's partitions again from where it began, those this process still owns. */
    private void rewind(Map<TopicPartition, Long> first) {
        Set<TopicPartition> owned = consumer.assignment();
        first.forEach((tp, offset) -> {
            if (owned.contains(tp)) {
                consumer.seek(tp, offset);
            }
        });
    }

    private void freshIngestor() {
        ingestor = new Ingestor(ingestOptions);
        pipeline = new ArticlePipeline(ingestor, extractor);
    }

    private static IngestedArticle asDeadLetter(IngestedArticle in, String reason) {
        return new IngestedArticle(in.article(), in.sourcePath(), in.id(), IngestStatus.DEAD_LETTER, reason,
                in.title(), in.author(), in.published(), in.publishedEstimated(), in.source(), in.url(), in.language(),
                null, null, List.of(), in.contentHash(), in.charset(), in.excerpt());
    }

    /**
     * Transactions never span a poll, and rebalance callbacks run inside poll, so a revocation never finds one
     * open: the partitions' last committed offsets are exactly what this process produced. Nothing to abort; the
     * listener keeps the status current and forgets the duplicate memory of partitions that left.
     */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            publish(null);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            publish(null);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            // another member owns them now, and a transaction of ours would be fenced: start clean
            freshIngestor();
            publish(null);
        }
    }

    private void publish(String error) {
        List<String> assigned = consumer.assignment().stream().map(TopicPartition::toString).sorted().toList();
        ProduceSummary produced = producer == null ? replaced : replaced.plus(producer.summary());
        String lastError = error != null ? error : status.lastError();
        status = new Status(produced, aborted, assigned, clock.instant().toString(), lastError);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(RETRY_BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeProducer() {
        try {
            producer.close();
        } catch (RuntimeException ignored) {
            // a fenced producer may fail to close cleanly; it is being replaced either way
        }
    }

    private void closeQuietly() {
        if (producer != null) {
            closeProducer();
        }
        try {
            // a static member stays in the group on close unless told otherwise; leaving hands its partitions to
            // the others at once instead of after the session timeout (a kill -9 cannot leave: then a restart
            // under the same instance id takes over)
            consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        } catch (RuntimeException ignored) {
            // closing after a failure: the failure is what gets reported
        }
    }

    /** Stops after the batch in hand (committed or aborted) and waits for the loop to end. */
    @Override
    public void close() {
        stopping = true;
        if (!thread.isAlive() && thread.getState() == Thread.State.NEW) {
            closeQuietly(); // never started: only the consumer exists
            return;
        }
        consumer.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
