package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.model.EventFields;
import io.geowire.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TransactionBatcherTest {

    private static final Topics TOPICS = Topics.withPrefix("t.");
    private static final Duration LONG = Duration.ofSeconds(30);

    private final MockProducer<String, byte[]> mock = new MockProducer<>(cluster(), true, null,
            new StringSerializer(), new ByteArraySerializer());
    private final CorpusProducer producer = new CorpusProducer(mock, TOPICS, Clock.systemUTC());

    @Test
    void shouldCommitWhenTheTransactionHoldsMaxInputs() {
        try (TransactionBatcher batcher = new TransactionBatcher(producer, new TransactionBatching(3, LONG))) {
            IntStream.range(0, 7).forEach(i -> batcher.accept(article("a" + i)));

            assertThat(mock.commitCount()).isEqualTo(2);
            assertThat(batcher.pending()).isEqualTo(1);
            assertThat(producer.summary().inputs()).as("the open input is not counted yet").isEqualTo(6);

            batcher.flush();
        }
        assertThat(mock.commitCount()).isEqualTo(3);
        assertThat(mock.history()).filteredOn(r -> r.topic().equals(TOPICS.articles()))
                .extracting(ProducerRecord::key).containsExactly("a0", "a1", "a2", "a3", "a4", "a5", "a6");
        assertThat(producer.summary()).isEqualTo(new ProduceSummary(7, 7, 0, 0, 7, 3));
    }

    @Test
    void shouldKeepEachArticleWithItsEventsWhenInputsOfEveryKindShareATransaction() {
        try (TransactionBatcher batcher = new TransactionBatcher(producer, new TransactionBatching(10, LONG))) {
            batcher.accept(new ProducedArticle(ok("a1"), List.of(stance("e1"), stance("e2"))));
            batcher.accept(new ProducedArticle(duplicate("a2"), List.of()));
            batcher.accept(new ProducedArticle(deadLetter("bad.txt"), List.of()));
            batcher.flush();
        }
        assertThat(mock.commitCount()).isEqualTo(1);
        assertThat(mock.history()).extracting(ProducerRecord::topic).containsExactly(TOPICS.articles(),
                TOPICS.events(), TOPICS.events(), TOPICS.articles(), TOPICS.deadLetters());
        ProduceSummary summary = producer.summary();
        assertThat(summary).isEqualTo(new ProduceSummary(3, 1, 1, 1, 2, 1));
        assertThat(summary.addsUp()).isTrue();
    }

    @Test
    void shouldCommitOnTheTimerWhenNoFurtherInputComes() throws InterruptedException {
        try (TransactionBatcher batcher = new TransactionBatcher(producer,
                new TransactionBatching(100, Duration.ofMillis(20)))) {
            batcher.accept(article("a1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (batcher.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(batcher.pending()).as("committed by the timer").isZero();
            assertThat(mock.commitCount()).isEqualTo(1);
            assertThat(producer.summary().inputs()).isEqualTo(1);
        }
    }

    @Test
    void shouldGiveEachInputItsOwnTransactionWhenOnePerInput() {
        try (TransactionBatcher batcher = new TransactionBatcher(producer, TransactionBatching.ONE_PER_INPUT)) {
            IntStream.range(0, 3).forEach(i -> batcher.accept(article("a" + i)));
            assertThat(batcher.pending()).isZero();
        }
        assertThat(mock.commitCount()).isEqualTo(3);
        assertThat(producer.summary().transactions()).isEqualTo(3);
    }

    @Test
    void shouldAbortTheWholeTransactionAndCountNoneOfItWhenTheCommitFails() {
        mock.commitTransactionException = new KafkaException("broker gone");
        try (TransactionBatcher batcher = new TransactionBatcher(producer, new TransactionBatching(3, LONG))) {
            batcher.accept(article("a0"));
            batcher.accept(article("a1"));
            assertThatThrownBy(() -> batcher.accept(article("a2"))).hasMessage("broker gone");

            assertThat(mock.transactionAborted()).isTrue();
            assertThat(mock.history()).as("nothing of the aborted transaction is committed").isEmpty();
            assertThat(producer.summary()).isEqualTo(ProduceSummary.NONE);
            assertThat(batcher.failed()).isTrue();
            mock.commitTransactionException = null;
            assertThatThrownBy(() -> batcher.accept(article("a3"))).as("nothing more is written")
                    .hasMessage("broker gone");
            assertThatThrownBy(batcher::flush).hasMessage("broker gone");
        }
        assertThat(mock.history()).isEmpty();
        assertThat(mock.uncommittedRecords()).isEmpty();
    }

    @Test
    void shouldNotAbortWhenTheProducerIsFenced() {
        mock.commitTransactionException = new ProducerFencedException("another producer took the id");
        try (TransactionBatcher batcher = new TransactionBatcher(producer, new TransactionBatching(2, LONG))) {
            batcher.accept(article("a0"));
            assertThatThrownBy(() -> batcher.accept(article("a1"))).isInstanceOf(ProducerFencedException.class);
        }
        assertThat(mock.transactionAborted()).as("a fenced producer cannot abort; the broker did").isFalse();
        assertThat(producer.summary()).isEqualTo(ProduceSummary.NONE);
    }

    @Test
    void shouldAbortTheOpenTransactionWhenClosedWithoutFlush() {
        try (TransactionBatcher batcher = new TransactionBatcher(producer, new TransactionBatching(10, LONG))) {
            batcher.accept(article("a0"));
            batcher.accept(article("a1"));
        }
        assertThat(mock.transactionAborted()).isTrue();
        assertThat(mock.history()).isEmpty();
        assertThat(producer.openInputs()).isZero();
        assertThat(producer.summary()).isEqualTo(ProduceSummary.NONE);
    }

    @Test
    void shouldRejectBatchingWhenTransactionsCouldOutliveTheBrokersTimeout() {
        assertThatThrownBy(() -> new TransactionBatching(10, Duration.ofSeconds(31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30000 ms");
        assertThatThrownBy(() -> new TransactionBatching(0, Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one input");
        assertThat(TransactionBatching.DEFAULT.onePerInput()).isFalse();
        assertThat(new TransactionBatching(5, Duration.ZERO).onePerInput()).isTrue();
    }

    private static ProducedArticle article(String id) {
        return new ProducedArticle(ok(id), List.of(stance("e-" + id)));
    }

    private static Cluster cluster() {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, 3)
                .mapToObj(p -> new PartitionInfo(TOPICS.events(), p, node, new Node[] {node}, new Node[] {node}))
                .toList();
        return new Cluster("test", List.of(node), partitions, java.util.Set.of(), java.util.Set.of());
    }

    private static IngestedArticle ok(String id) {
        return new IngestedArticle(id + ".txt", "/corpus/" + id + ".txt", id, IngestStatus.OK, null, "Pipeline halted",
                null, LocalDate.of(2023, 3, 3), false, "example.org", "https://example.org/" + id, "en", null,
                "Kazakhstan met Russia.", List.of(), "hash-" + id, "UTF-8", "Kazakhstan met Russia.");
    }

    private static IngestedArticle duplicate(String id) {
        IngestedArticle in = ok(id);
        return new IngestedArticle("dup.txt", in.sourcePath(), id, IngestStatus.DUPLICATE, null, in.title(),
                in.author(), in.published(), false, in.source(), in.url(), in.language(), "a1", in.text(), List.of(),
                in.contentHash(), in.charset(), in.excerpt());
    }

    private static IngestedArticle deadLetter(String article) {
        return new IngestedArticle(article, "/corpus/" + article, null, IngestStatus.DEAD_LETTER, "empty input", null,
                null, null, false, null, null, null, null, null, List.of(), null, null, "");
    }

    private static ExtractedEvent stance(String id) {
        return new ExtractedEvent(id, EventFields.STANCE, "a.txt", null, false, "Kazakhstan met Russia.", 0, 22, 0.9,
                "KAZ", "RUS", "aligning", null, null, null, null, null, null, null, null, "test");
    }
}
