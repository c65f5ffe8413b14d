package io.geowire.producer;

import io.geowire.ingest.IngestedArticle;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Event;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Writes each article and its events in one Kafka transaction, so a consumer reading committed data sees
 * an article together with all of its events or not at all. Dead letters and duplicate records each get a
 * transaction of their own. Keys: article id on {@code articles}, event fingerprint on {@code events},
 * source on {@code dead-letters}.
 */
public final class CorpusProducer implements AutoCloseable {

    /** Re-running with the same id fences a producer that died mid-transaction, aborting its open work. */
    public static final String DEFAULT_TRANSACTIONAL_ID = "geowire-producer";

    private final KafkaProducer<String, byte[]> producer;
    private final Topics topics;
    private final Clock clock;
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private int eventPartitions;

    public CorpusProducer(ClientConfigs configs, Topics topics, String transactionalId, Clock clock) {
        this.producer = new KafkaProducer<>(configs.transactionalProducer(transactionalId));
        this.topics = topics;
        this.clock = clock;
        producer.initTransactions();
    }

    /** Sends one article in its own transaction; aborts it on a recoverable error and rethrows. */
    public void send(ProducedArticle produced) {
        IngestedArticle in = produced.ingested();
        producer.beginTransaction();
        try {
            switch (in.status()) {
                case OK -> sendArticle(produced);
                case DUPLICATE -> sendRecord(topics.articles(), in.id(),
                        Serdes.article().encode(AvroMapping.article(in, 0)));
                case DEAD_LETTER -> sendRecord(topics.deadLetters(), in.article(),
                        Serdes.deadLetter().encode(AvroMapping.deadLetter(in, clock.instant())));
            }
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            // fatal for this producer: another instance took over the transactional id, or we may not write
            throw e;
        } catch (KafkaException e) {
            producer.abortTransaction();
            throw e;
        }
        count(produced);
    }

    public ProduceSummary summary() {
        return new ProduceSummary(inputs.get(), articles.get(), duplicates.get(), deadLetters.get(), events.get(),
                transactions.get());
    }

    private void sendArticle(ProducedArticle produced) {
        IngestedArticle in = produced.ingested();
        sendRecord(topics.articles(), in.id(),
                Serdes.article().encode(AvroMapping.article(in, produced.events().size())));
        for (var extracted : produced.events()) {
            Event event = AvroMapping.event(extracted, in);
            producer.send(new ProducerRecord<>(topics.events(),
                    EventPartitions.partition(extracted, eventPartitions()), event.getId(), Serdes.event().encode(event)));
        }
    }

    /** Partitions of the events topic, asked once: the topic's partition count is fixed while we produce. */
    private int eventPartitions() {
        if (eventPartitions == 0) {
            eventPartitions = producer.partitionsFor(topics.events()).size();
        }
        return eventPartitions;
    }

    private void sendRecord(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    private void count(ProducedArticle produced) {
        inputs.incrementAndGet();
        transactions.incrementAndGet();
        switch (produced.ingested().status()) {
            case OK -> {
                articles.incrementAndGet();
                events.addAndGet(produced.events().size());
            }
            case DUPLICATE -> duplicates.incrementAndGet();
            case DEAD_LETTER -> deadLetters.incrementAndGet();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
