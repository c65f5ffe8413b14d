package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.model.EventFields;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

class CorpusProducerTest {

    private static final Topics TOPICS = Topics.withPrefix("t.");
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final int EVENT_PARTITIONS = 3;

    private final MockProducer<String, byte[]> mock = new MockProducer<>(cluster(), true, null,
            new StringSerializer(), new ByteArraySerializer());
    private final CorpusProducer producer = new CorpusProducer(mock, TOPICS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldWriteAnArticleAndItsEventsInOneTransactionWhenIngestedOk() {
        producer.send(new ProducedArticle(ok("a1"), List.of(stance("e1", "KAZ", "RUS"), stance("e2", "KAZ", "UKR"))));

        assertThat(mock.transactionInitialized()).isTrue();
        assertThat(mock.commitCount()).isEqualTo(1);
        assertThat(mock.history()).extracting(ProducerRecord::topic)
                .containsExactly(TOPICS.articles(), TOPICS.events(), TOPICS.events());
        assertThat(mock.history()).extracting(ProducerRecord::key).containsExactly("a1", "e1", "e2");
        assertThat(mock.history()).allSatisfy(r -> assertThat(r.timestamp()).isEqualTo(NOW.toEpochMilli()));
        assertThat(Serdes.article().decode(mock.history().get(0).value()).getEventCount()).isEqualTo(2);
        assertThat(mock.history().get(1).partition()).isBetween(0, EVENT_PARTITIONS - 1);
        assertThat(producer.summary()).isEqualTo(new ProduceSummary(1, 1, 0, 0, 2, 1));
    }

    @Test
    void shouldGiveEachInputItsOwnTransactionWhenSeveralAreSent() {
        producer.send(new ProducedArticle(ok("a1"), List.of(stance("e1", "KAZ", "RUS"))));
        producer.send(new ProducedArticle(duplicate("a2", "a1"), List.of()));
        producer.send(new ProducedArticle(deadLetter("bad.txt", "empty input"), List.of()));

        assertThat(mock.commitCount()).isEqualTo(3);
        assertThat(mock.history()).extracting(ProducerRecord::topic).containsExactly(
                TOPICS.articles(), TOPICS.events(), TOPICS.articles(), TOPICS.deadLetters());
        var deadLetter = Serdes.deadLetter().decode(mock.history().get(3).value());
        assertThat(deadLetter.getReason()).isEqualTo("empty input");
        ProduceSummary summary = producer.summary();
        assertThat(summary).isEqualTo(new ProduceSummary(3, 1, 1, 1, 1, 3));
        assertThat(summary.addsUp()).isTrue();
    }

    @Test
    void shouldWriteADeadLetterWithTheReasonWhenTheArticleCannotBeEncoded() {
        // an article without an id: the Avro schema requires one
        producer.send(new ProducedArticle(ok(null), List.of(stance("e1", "KAZ", "RUS"))));

        assertThat(mock.commitCount()).isEqualTo(1);
        assertThat(mock.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo(TOPICS.deadLetters());
            assertThat(r.key()).isEqualTo("a.txt");
            assertThat(Serdes.deadLetter().decode(r.value()).getReason()).startsWith("cannot encode: ");
        });
        assertThat(producer.summary()).isEqualTo(new ProduceSummary(1, 0, 0, 1, 0, 1));
    }

    @Test
    void shouldWriteADeadLetterWhenARecordIsTooLargeForKafka() {
        IngestedArticle huge = withText(ok("big"), "x".repeat(CorpusProducer.MAX_RECORD_BYTES + 1));

        producer.send(new ProducedArticle(huge, List.of()));

        assertThat(mock.history()).singleElement().satisfies(r ->
                assertThat(Serdes.deadLetter().decode(r.value()).getReason()).startsWith("too large for Kafka"));
        assertThat(producer.summary().deadLetters()).isEqualTo(1);
    }

    @Test
    void shouldAbortAndCountNothingWhenTheCommitFails() {
        mock.commitTransactionException = new KafkaException("broker went away");

        assertThatThrownBy(() -> producer.send(new ProducedArticle(ok("a1"), List.of(stance("e1", "KAZ", "RUS")))))
                .hasMessage("broker went away");

        assertThat(mock.transactionAborted()).isTrue();
        assertThat(mock.history()).isEmpty();
        assertThat(producer.summary()).isEqualTo(new ProduceSummary(0, 0, 0, 0, 0, 0));
    }

    @Test
    void shouldRetryTheCommitWhenItTimesOut() {
        // a timed-out commit may still complete: it is called again, not aborted
        mock.injectTimeoutException(2);

        producer.send(new ProducedArticle(ok("a1"), List.of()));

        assertThat(mock.transactionAborted()).isFalse();
        assertThat(mock.history()).hasSize(1);
        assertThat(producer.summary().articles()).isEqualTo(1);
    }

    @Test
    void shouldRethrowWithoutAbortingWhenTheProducerIsFenced() {
        mock.fenceProducer();

        assertThatThrownBy(() -> producer.send(new ProducedArticle(ok("a1"), List.of())))
                .isInstanceOf(ProducerFencedException.class);

        assertThat(mock.transactionAborted()).isFalse();
        assertThat(producer.summary().inputs()).isZero();
    }

    @Test
    void shouldCountInputsByOutcomeDeadLettersByStageAndEventsByTypeWhenMetricsAreGiven() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CorpusProducer measured = new CorpusProducer(new MockProducer<>(cluster(), true, null, new StringSerializer(),
                new ByteArraySerializer()), TOPICS, Clock.fixed(NOW, ZoneOffset.UTC), new PipelineMetrics(registry));

        measured.send(new ProducedArticle(ok("a1"), List.of(stance("e1", "KAZ", "RUS"), stance("e2", "KAZ", "UKR"))));
        measured.send(new ProducedArticle(duplicate("a2", "a1"), List.of()));
        measured.send(new ProducedArticle(deadLetter("bad.gz", "corrupt gzip: Not in GZIP format"), List.of()));
        measured.send(new ProducedArticle(withText(ok("big"), "x".repeat(CorpusProducer.MAX_RECORD_BYTES + 1)),
                List.of()));

        assertThat(count(registry, "geowire.articles.in", "outcome", "ok")).isEqualTo(1);
        assertThat(count(registry, "geowire.articles.in", "outcome", "duplicate")).isEqualTo(1);
        assertThat(count(registry, "geowire.articles.in", "outcome", "dead_letter")).isEqualTo(2);
        assertThat(registry.get("geowire.dead.letters").tags("stage", "ingest", "reason", "corrupt_gzip").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("geowire.dead.letters").tags("stage", "produce", "reason", "too_large_for_kafka")
                .counter().count()).isEqualTo(1);
        assertThat(count(registry, "geowire.events.produced", "type", "stance")).isEqualTo(2);
    }

    private static double count(SimpleMeterRegistry registry, String name, String tag, String value) {
        return registry.get(name).tag(tag, value).counter().count();
    }

    @Test
    void shouldCloseTheProducerWhenClosed() {
        producer.close();

        assertThat(mock.closed()).isTrue();
    }

    private static Cluster cluster() {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, EVENT_PARTITIONS)
                .mapToObj(p -> new PartitionInfo(TOPICS.events(), p, node, new Node[] {node}, new Node[] {node}))
                .toList();
        return new Cluster("test", List.of(node), partitions, java.util.Set.of(), java.util.Set.of());
    }

    private static IngestedArticle ok(String id) {
        return new IngestedArticle("a.txt", "/corpus/a.txt", id, IngestStatus.OK, null, "Pipeline halted", null,
                LocalDate.of(2023, 3, 3), false, "example.org", "https://example.org/a", "en", null,
                "Kazakhstan met Russia.", List.of(), "hash", "UTF-8", "Kazakhstan met Russia.");
    }

    private static IngestedArticle duplicate(String id, String of) {
        IngestedArticle in = ok(id);
        return new IngestedArticle("dup.txt", in.sourcePath(), id, IngestStatus.DUPLICATE, null, in.title(),
                in.author(), in.published(), false, in.source(), in.url(), in.language(), of, in.text(), List.of(),
                in.contentHash(), in.charset(), in.excerpt());
    }

    private static IngestedArticle deadLetter(String article, String reason) {
        return new IngestedArticle(article, "/corpus/" + article, null, IngestStatus.DEAD_LETTER, reason, null, null,
                null, false, null, null, null, null, null, List.of(), null, null, "");
    }

    private static IngestedArticle withText(IngestedArticle in, String text) {
        return new IngestedArticle(in.article(), in.sourcePath(), in.id(), in.status(), in.reason(), in.title(),
                in.author(), in.published(), in.publishedEstimated(), in.source(), in.url(), in.language(),
                in.duplicateOf(), text, in.segments(), in.contentHash(), in.charset(), in.excerpt());
    }

    private static ExtractedEvent stance(String id, String actor, String target) {
        return new ExtractedEvent(id, EventFields.STANCE, "a.txt", null, false, "Kazakhstan met Russia.", 0, 22, 0.9,
                actor, target, "aligning", null, null, null, null, null, null, null, null, "test");
    }
}
