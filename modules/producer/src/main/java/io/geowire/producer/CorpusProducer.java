package io.geowire.producer;

import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Event;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Writes each article and its events in one Kafka transaction, so a consumer reading committed data sees
 * an article together with all of its events or not at all. {@link #send} gives each call a transaction of its own;
 * {@link #add} and {@link #commitOpen} put several inputs in one ({@link TransactionBatcher} decides how many). Keys: article id on {@code articles}, event fingerprint on {@code events},
 * source on {@code dead-letters}.
 * <p>Every record is stamped with the time it is produced (the clock given), never with an event's date: the date
 * stays in the payload, where an extraction error can put it years ahead, and a broker rejects records more than
 * {@code log.message.timestamp.after.max.ms} (1 hour by default since Kafka 4) in the future.
 */
public final class CorpusProducer implements AutoCloseable {

    /**
     * Kafka's default limit for one record (the producer's max.request.size and the broker's message.max.bytes
     * are both about 1 MB); a little below it leaves room for the record's own overhead.
     */
    public static final int MAX_RECORD_BYTES = 1_000_000;
    private static final int COMMIT_ATTEMPTS = 3;

    /** Re-running with the same id fences a producer that died mid-transaction, aborting its open work. */
    public static final String DEFAULT_TRANSACTIONAL_ID = "geowire-producer";

    private final Producer<String, byte[]> producer;
    private final Topics topics;
    private final Clock clock;
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private final PipelineMetrics metrics;
    private int eventPartitions;
    private final List<Open> open = new ArrayList<>();

    public CorpusProducer(ClientConfigs configs, Topics topics, String transactionalId, Clock clock) {
        this(configs, topics, transactionalId, clock, PipelineMetrics.none());
    }

    /** As {@link #CorpusProducer(ClientConfigs, Topics, String, Clock)}, counting what it writes into {@code metrics}. */
    public CorpusProducer(ClientConfigs configs, Topics topics, String transactionalId, Clock clock,
            PipelineMetrics metrics) {
        this(new KafkaProducer<>(configs.transactionalProducer(transactionalId)), topics, clock, metrics);
    }

    /**
     * Produces through the given transactional producer (Kafka's {@code MockProducer} in unit tests), which this
     * object then owns: it initialises its transactions now and closes it on {@link #close()}.
     */
    public CorpusProducer(Producer<String, byte[]> producer, Topics topics, Clock clock) {
        this(producer, topics, clock, PipelineMetrics.none());
    }

    public CorpusProducer(Producer<String, byte[]> producer, Topics topics, Clock clock, PipelineMetrics metrics) {
        this.producer = producer;
        this.topics = topics;
        this.clock = clock;
        this.metrics = metrics;
        producer.initTransactions();
    }

    /**
     * Sends one input in its own transaction. Everything is encoded before the transaction begins, so an
     * article that cannot be encoded, or is too large for Kafka, becomes a dead letter with the reason instead
     * of a half-written transaction. Aborts on a recoverable Kafka error and rethrows.
     */
    public void send(ProducedArticle produced) {
        send(List.of(produced), List.of());
    }

    /**
     * Sends several inputs and further records (e.g. the position of the source item they came from) in one
     * transaction: all of them are written, or none. Returns what each input became, in order (an article too
     * large for Kafka becomes a dead letter). Aborts on a recoverable Kafka error and rethrows; nothing is counted
     * then.
     */
    public List<IngestStatus> send(List<ProducedArticle> inputs, List<ProducerRecord<String, byte[]>> alongside) {
        List<Encoded> encoded = inputs.stream().map(this::encode).toList();
        producer.beginTransaction();
        try {
            encoded.forEach(e -> e.records().forEach(producer::send));
            alongside.forEach(producer::send);
            commit();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            // fatal for this producer (another instance took over the transactional id, or we may not write):
            // the transaction cannot be aborted; the caller closes the producer
            throw e;
        } catch (RuntimeException e) {
            producer.abortTransaction();
            throw e;
        }
        transactions.incrementAndGet();
        countAndMeasure(inputs, encoded);
        return encoded.stream().map(Encoded::kind).toList();
    }

    /**
     * Consume-transform-produce: sends several inputs and the consumer offsets that follow them in one transaction,
     * so the outputs and the fact that their inputs were consumed commit together or not at all. The offsets are
     * committed for {@code group} (its generation and member id fence a consumer that lost its partitions). Aborts
     * on a recoverable Kafka error and rethrows; a fatal one (fenced, not authorised) is rethrown without abort, and
     * the caller replaces this producer. Counts only what committed.
     */
    public void sendWithOffsets(List<ProducedArticle> batch, Map<TopicPartition, OffsetAndMetadata> offsets,
            ConsumerGroupMetadata group) {
        List<Encoded> encoded = batch.stream().map(this::encode).toList();
        producer.beginTransaction();
        try {
            encoded.forEach(e -> e.records().forEach(producer::send));
            producer.sendOffsetsToTransaction(offsets, group);
            commit();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException
                | FencedInstanceIdException e) {
            throw e;
        } catch (RuntimeException e) {
            producer.abortTransaction();
            throw e;
        }
        countAndMeasure(batch, encoded);
        transactions.incrementAndGet();
    }

    /**
     * Adds one input to the open transaction, beginning one if none is open, and sends its records at once (they
     * travel to the broker while later inputs are still being extracted; none is readable before
     * {@link #commitOpen()}). An input that cannot be encoded or is too large becomes a dead letter, as in
     * {@link #send(ProducedArticle)}. On a recoverable Kafka error the open transaction, with every input added to
     * it, is aborted and the error rethrown; a fatal one (fenced, not authorised) is rethrown without abort.
     */
    public void add(ProducedArticle input) {
        Encoded encoded = encode(input);
        if (open.isEmpty()) {
            producer.beginTransaction();
        }
        open.add(new Open(input, encoded));
        try {
            encoded.records().forEach(producer::send);
        } catch (RuntimeException e) {
            failOpen(e);
            throw e;
        }
    }

    /**
     * Commits the open transaction, if any, and counts its inputs. Returns how many inputs it held (0 when none
     * was open). Aborts on a recoverable Kafka error and rethrows; nothing of the transaction is counted then.
     */
    public int commitOpen() {
        if (open.isEmpty()) {
            return 0;
        }
        try {
            commit();
        } catch (RuntimeException e) {
            failOpen(e);
            throw e;
        }
        List<Open> committed = List.copyOf(open);
        open.clear();
        transactions.incrementAndGet();
        committed.forEach(o -> {
            count(o.encoded());
            measure(o.input(), o.encoded());
        });
        return committed.size();
    }

    /**
     * Aborts the open transaction, if any, so read_committed readers are not held at its first offset until the
     * broker's transaction timeout. For a caller that stops without committing; errors of the abort are swallowed
     * (the broker aborts the transaction anyway at the timeout, or when the next producer with this id starts).
     */
    public void abortOpen() {
        if (open.isEmpty()) {
            return;
        }
        open.clear();
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            // nothing of the transaction is readable either way
        }
    }

    /** Inputs added to the open transaction and not yet committed. */
    public int openInputs() {
        return open.size();
    }

    /** Forgets the open transaction after {@code e}, aborting it unless the error left this producer unusable. */
    private void failOpen(RuntimeException e) {
        open.clear();
        if (isFatal(e)) {
            return;
        }
        try {
            producer.abortTransaction();
        } catch (RuntimeException abortFailed) {
            // the broker aborts it anyway when the transaction times out or the next producer with this id starts
            e.addSuppressed(abortFailed);
        }
    }

    private static boolean isFatal(RuntimeException e) {
        return e instanceof ProducerFencedException || e instanceof OutOfOrderSequenceException
                || e instanceof AuthorizationException;
    }

    /** An input in the open transaction: sent, not yet committed or counted. */
    private record Open(ProducedArticle input, Encoded encoded) {
    }

    private void countAndMeasure(List<ProducedArticle> inputs, List<Encoded> encoded) {
        for (int i = 0; i < encoded.size(); i++) {
            count(encoded.get(i));
            measure(inputs.get(i), encoded.get(i));
        }
    }

    /**
     * What one input becomes on the topics: its kind and the records of its transaction; for a dead letter, the
     * stage that rejected it ({@link PipelineMetrics#STAGE_INGEST} or {@link PipelineMetrics#STAGE_PRODUCE}) and why.
     */
    record Encoded(IngestStatus kind, List<ProducerRecord<String, byte[]>> records, String stage, String reason) {

        Encoded(IngestStatus kind, List<ProducerRecord<String, byte[]>> records) {
            this(kind, records, null, null);
        }
    }

    /** The records of one input: its article and events, its duplicate record, or its dead letter. */
    Encoded encode(ProducedArticle produced) {
        IngestedArticle in = produced.ingested();
        long producedAt = clock.millis();
        try {
            List<ProducerRecord<String, byte[]>> records = switch (in.status()) {
                case OK -> articleRecords(produced, producedAt);
                case DUPLICATE -> List.of(new ProducerRecord<>(topics.articles(), null, producedAt, in.id(),
                        Serdes.article().encode(AvroMapping.article(in, 0))));
                case DEAD_LETTER -> List.of(deadLetter(in, in.reason(), producedAt));
            };
            int largest = records.stream().mapToInt(r -> r.value().length).max().orElse(0);
            if (largest > MAX_RECORD_BYTES) {
                return rejected(in, "too large for Kafka: a record of " + largest + " bytes (limit "
                        + MAX_RECORD_BYTES + ")", producedAt);
            }
            return in.status() == IngestStatus.DEAD_LETTER
                    ? new Encoded(in.status(), records, PipelineMetrics.STAGE_INGEST, in.reason())
                    : new Encoded(in.status(), records);
        } catch (RuntimeException e) {
            // a record the schemas reject (a missing required field, say) is bad input, not a reason to stop
            return rejected(in, "cannot encode: " + e.getMessage(), producedAt);
        }
    }

    private Encoded rejected(IngestedArticle in, String reason, long producedAt) {
        return new Encoded(IngestStatus.DEAD_LETTER, List.of(deadLetter(in, reason, producedAt)),
                PipelineMetrics.STAGE_PRODUCE, reason);
    }

    private List<ProducerRecord<String, byte[]>> articleRecords(ProducedArticle produced, long producedAt) {
        IngestedArticle in = produced.ingested();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(new ProducerRecord<>(topics.articles(), null, producedAt, in.id(),
                Serdes.article().encode(AvroMapping.article(in, produced.events().size()))));
        for (var extracted : produced.events()) {
            Event event = AvroMapping.event(extracted, in);
            records.add(new ProducerRecord<>(topics.events(), EventPartitions.partition(extracted, eventPartitions()),
                    producedAt, event.getId(), Serdes.event().encode(event)));
        }
        return records;
    }

    private ProducerRecord<String, byte[]> deadLetter(IngestedArticle in, String reason, long producedAt) {
        IngestedArticle rejected = new IngestedArticle(in.article(), in.sourcePath(), in.id(), IngestStatus.DEAD_LETTER,
                reason, in.title(), in.author(), in.published(), in.publishedEstimated(), in.source(), in.url(),
                in.language(), null, null, List.of(), in.contentHash(), in.charset(), in.excerpt());
        return new ProducerRecord<>(topics.deadLetters(), null, producedAt, in.article(),
                Serdes.deadLetter().encode(AvroMapping.deadLetter(rejected, java.time.Instant.ofEpochMilli(producedAt))));
    }

    /** A commit that times out may still complete: the client docs say to call it again, not to abort. */
    private void commit() {
        for (int attempt = 1; ; attempt++) {
            try {
                producer.commitTransaction();
                return;
            } catch (TimeoutException e) {
                if (attempt >= COMMIT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public ProduceSummary summary() {
        return new ProduceSummary(inputs.get(), articles.get(), duplicates.get(), deadLetters.get(), events.get(),
                transactions.get());
    }

    /** Partitions of the events topic, asked once: the topic's partition count is fixed while we produce. */
    private int eventPartitions() {
        if (eventPartitions == 0) {
            eventPartitions = producer.partitionsFor(topics.events()).size();
        }
        return eventPartitions;
    }

    /** Counts what was actually written, which may differ from what ingestion decided (a record too large). */
    private void count(Encoded encoded) {
        inputs.incrementAndGet();
        switch (encoded.kind()) {
            case OK -> {
                articles.incrementAndGet();
                events.addAndGet(encoded.records().size() - 1);
            }
            case DUPLICATE -> duplicates.incrementAndGet();
            case DEAD_LETTER -> deadLetters.incrementAndGet();
        }
    }

    /** The same counts as {@link #count}, by outcome, stage, reason and event type, for {@code /metrics}. */
    private void measure(ProducedArticle produced, Encoded encoded) {
        switch (encoded.kind()) {
            case OK -> {
                metrics.input(PipelineMetrics.OUTCOME_OK);
                produced.events().forEach(e -> metrics.event(e.type()));
            }
            case DUPLICATE -> metrics.input(PipelineMetrics.OUTCOME_DUPLICATE);
            case DEAD_LETTER -> {
                metrics.input(PipelineMetrics.OUTCOME_DEAD_LETTER);
                metrics.deadLetter(encoded.stage(), encoded.reason());
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
