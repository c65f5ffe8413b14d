package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ExtractedEvent;
import io.geowire.model.Serdes;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;
import io.geowire.producer.AvroMapping;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.ProducedArticle;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records the pipeline must not accept go to dead-letters with the reason and the original bytes, and processing
 * carries on: bytes that are not Avro, Avro single-object bytes with an unknown schema fingerprint, and records
 * that decode but are out of range (event type not matching its payload, unknown polarity, negative evidence
 * offsets, negative event count). The accounting still balances against an independent count of the topics.
 */
@KafkaIT
class PoisonRecordsIT {

    @Test
    void shouldDeadLetterPoisonWithReasonAndBytesAndKeepProcessingWhenInputsHoldBadRecords(TestKafka kafka,
            @TempDir Path tmp) throws Exception {
        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, tmp,
                "127.0.0.1", 0, kafka.uniqueName("poison") + ".", kafka.uniqueName("app"), 0, Duration.ofMinutes(2));
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            List<ProducedArticle> good = GeneratedCorpus.articles(4);
            Map<String, String> expectedReasons = new LinkedHashMap<>();
            Map<String, byte[]> sentBytes = new HashMap<>();
            try (KafkaProducer<String, byte[]> raw = rawProducer(kafka)) {
                send(raw, pipeline.topics().articles(), "not avro at all".getBytes(StandardCharsets.UTF_8),
                        "", expectedReasons, sentBytes);
                byte[] unknownSchema = {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 0x02, 0x41};
                send(raw, pipeline.topics().events(), unknownSchema, "", expectedReasons, sentBytes);
                GeneratedCorpus.produce(pipeline.clients(), pipeline.topics(), kafka.uniqueName("tx"),
                        good.subList(0, 2));
                ProducedArticle sample = good.get(0);
                Event mistyped = event(sample, sample.events().get(0));
                mistyped.setType("weather");
                send(raw, pipeline.topics().events(), Serdes.event().encode(mistyped), "does not match",
                        expectedReasons, sentBytes);
                send(raw, pipeline.topics().events(), Serdes.event().encode(event(sample,
                        withPolarity(stanceOf(good), "sideways"))), "unknown polarity 'sideways'", expectedReasons,
                        sentBytes);
                send(raw, pipeline.topics().events(), Serdes.event().encode(event(sample,
                        withOffsets(sample.events().get(0), -5, -1))), "evidence offsets out of range",
                        expectedReasons, sentBytes);
                var article = AvroMapping.article(sample.ingested(), 0);
                article.setEventCount(-1);
                send(raw, pipeline.topics().articles(), Serdes.article().encode(article), "negative event_count",
                        expectedReasons, sentBytes);
            }
            GeneratedCorpus.produce(pipeline.clients(), pipeline.topics(), kafka.uniqueName("tx"),
                    good.subList(2, 4));

            ProduceSummary census = TopicCensus.count(pipeline.clients(), pipeline.topics(), Duration.ofMinutes(1))
                    .summary();
            assertThat(census.deadLetters()).isEqualTo(expectedReasons.size());
            assertThat(census.articles()).isEqualTo(4);
            assertThat(Settling.await(pipeline, census, Duration.ofMinutes(2))).isTrue();
            var state = pipeline.streams().queries().summary();
            assertThat(RunSummary.balanced(state, census)).as("%s vs %s", state, census).isTrue();

            Map<String, DeadLetter> letters = streamsDeadLetters(pipeline, expectedReasons.size());
            assertThat(letters.keySet()).containsExactlyInAnyOrderElementsOf(expectedReasons.keySet());
            expectedReasons.forEach((source, reason) -> {
                DeadLetter letter = letters.get(source);
                assertThat(letter.getReason()).as(source).isNotBlank().contains(reason);
                assertThat(bytes(letter.getOriginalBytes())).as(source).isEqualTo(sentBytes.get(source));
            });
        }
    }

    private static KafkaProducer<String, byte[]> rawProducer(TestKafka kafka) {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, byte[] value, String reason,
            Map<String, String> reasons, Map<String, byte[]> sent) throws Exception {
        RecordMetadata m = producer.send(new ProducerRecord<>(topic, "poison-" + reasons.size(), value)).get();
        String source = m.topic() + "-" + m.partition() + "@" + m.offset();
        reasons.put(source, reason);
        sent.put(source, value);
    }

    private static Event event(ProducedArticle article, ExtractedEvent e) {
        return AvroMapping.event(e, article.ingested());
    }

    private static ExtractedEvent stanceOf(List<ProducedArticle> articles) {
        return articles.stream().flatMap(a -> a.events().stream()).filter(e -> "stance".equals(e.type()))
                .findFirst().orElseThrow();
    }

    private static ExtractedEvent withPolarity(ExtractedEvent e, String polarity) {
        return new ExtractedEvent(e.id() + "-p", e.type(), e.article(), e.date(), e.hedged(), e.evidence(),
                e.evidenceStart(), e.evidenceEnd(), e.confidence(), e.actor(), e.target(), polarity, e.topic(),
                e.route(), e.status(), e.cause(), e.magnitude(), e.speaker(), e.position(), e.regime(),
                e.extractorVersion());
    }

    private static ExtractedEvent withOffsets(ExtractedEvent e, int start, int end) {
        return new ExtractedEvent(e.id() + "-o", e.type(), e.article(), e.date(), e.hedged(), e.evidence(), start,
                end, e.confidence(), e.actor(), e.target(), e.polarity(), e.topic(), e.route(), e.status(),
                e.cause(), e.magnitude(), e.speaker(), e.position(), e.regime(), e.extractorVersion());
    }

    /** Dead letters Streams wrote (stage "streams"), by source, read_committed. */
    private static Map<String, DeadLetter> streamsDeadLetters(LocalPipeline pipeline, int expected) {
        Map<String, DeadLetter> letters = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(pipeline.clients().readCommittedConsumer(null))) {
            String topic = pipeline.topics().deadLetters();
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    DeadLetter letter = Serdes.deadLetter().decode(r.value());
                    if ("streams".equals(letter.getStage())) {
                        letters.put(r.key(), letter);
                    }
                });
            }
        }
        return letters;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
