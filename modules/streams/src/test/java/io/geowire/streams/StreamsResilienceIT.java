package io.geowire.streams;

import static io.geowire.streams.support.Samples.article;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;
import io.geowire.streams.internal.StreamsDeadLetters;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.StanceView;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No single record stops the application on a real broker (which refuses record timestamps more than an hour
 * ahead): an event dated years ahead is processed and placed by its own date, and a record Streams cannot read
 * becomes a dead letter with its stage and reason while the records around it are processed.
 */
@KafkaIT
class StreamsResilienceIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);

    @Test
    void shouldKeepRunningAndPlaceTheEventByItsDateWhenAnEventIsDatedYearsAhead(TestKafka kafka,
            @TempDir Path stateDir) throws Exception {
        Fixture f = new Fixture(kafka, stateDir, "future");
        try (GeowireStreamsApp app = f.app(); KafkaProducer<String, byte[]> producer = f.producer()) {
            app.start(Duration.ofSeconds(60));
            long before = System.currentTimeMillis();
            f.send(producer, "a1", stance("e-future", "a1", "KAZ", "RUS", "distancing", "2030-08-18",
                    "Astana will leave the pact."));
            f.send(producer, "a2", stance("e-normal", "a2", "KAZ", "CHN", "aligning", "2022-03-01",
                    "Astana welcomed the new rail link."));

            await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> app.isCaughtUp(kafka.admin()));

            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(app.unexpectedStop()).isEmpty();
            StanceView future = app.queries().stance("KAZ", "RUS", null, null).orElseThrow();
            assertThat(future.allTime().count()).isEqualTo(1);
            assertThat(future.windows()).isNotEmpty().allSatisfy(w -> assertThat(w.start()).startsWith("2030-"));
            assertThat(app.queries().stance("KAZ", "CHN", null, null)).isPresent();
            PipelineSummary summary = app.queries().summary();
            assertThat(summary.deadLetters()).isZero();
            assertThat(app.streamsFailures()).isZero();
            long after = System.currentTimeMillis();
            // Streams purges consumed repartition records, so some may be gone already: what is left must be bounded
            assertThat(f.timestamps(f.repartitionTopic(), 2)).allSatisfy(t -> assertThat(t).isLessThan(after));
            assertThat(f.timestamps(f.topics.stanceIndex(), 2)).hasSize(2)
                    .allSatisfy(t -> assertThat(t).isLessThan(after))
                    .anySatisfy(t -> assertThat(t).isGreaterThanOrEqualTo(before));
        }
    }

    @Test
    void shouldDeadLetterARecordItCannotReadWithStageAndReasonAndKeepRunning(TestKafka kafka, @TempDir Path stateDir)
            throws Exception {
        Fixture f = new Fixture(kafka, stateDir, "unreadable");
        try (GeowireStreamsApp app = f.app(); KafkaProducer<String, byte[]> producer = f.producer();
                KafkaProducer<String, byte[]> raw = f.rawProducer()) {
            app.start(Duration.ofSeconds(60));
            // only Streams' own topics can hold bytes its deserializers throw on (inputs are read by SafeSerde)
            var sent = raw.send(new ProducerRecord<>(f.repartitionTopic(), "KAZ->RUS",
                    "not an event".getBytes(StandardCharsets.UTF_8))).get();
            f.send(producer, "a1", stance("e-good", "a1", "KAZ", "RUS", "distancing", "2022-03-01",
                    "Astana declined the invitation."));

            await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> app.isCaughtUp(kafka.admin())
                    && app.queries().stance("KAZ", "RUS", null, null).isPresent());

            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(app.queries().stance("KAZ", "RUS", null, null).orElseThrow().allTime().count()).isEqualTo(1);
            String source = StreamsDeadLetters.source(sent.topic(), sent.partition(), sent.offset());
            DeadLetter letter = f.deadLetters(1).get(source);
            assertThat(letter).as("dead letter for %s", source).isNotNull();
            assertThat(letter.getStage()).isEqualTo(StreamsDeadLetters.STAGE_DESERIALIZE);
            assertThat(letter.getReason()).startsWith("cannot deserialize");
            assertThat(StandardCharsets.UTF_8.decode(letter.getOriginalBytes()).toString()).isEqualTo("not an event");
            PipelineSummary summary = app.queries().summary();
            assertThat(app.streamsFailures()).isEqualTo(1);
            assertThat(summary.deadLetters()).isZero();
            assertThat(summary.events()).containsEntry("stance", 1L);
        }
    }

    /** Topics, settings and clients of one test. */
    private static final class Fixture {

        final TestKafka kafka;
        final Topics topics;
        final ClientConfigs clients;
        final StreamsSettings settings;

        Fixture(TestKafka kafka, Path stateDir, String name) throws Exception {
            this.kafka = kafka;
            this.topics = Topics.withPrefix(kafka.uniqueName(name) + ".");
            kafka.admin().createTopics(topics.all().stream()
                    .map(t -> new NewTopic(t, Optional.of(1), Optional.empty())).toList()).all().get();
            this.clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
            this.settings = StreamsSettings.of(clients).withApplicationId(kafka.uniqueName("resilience"))
                    .withReplicationFactor(1).withStateDir(stateDir);
        }

        GeowireStreamsApp app() {
            return new GeowireStreamsApp(settings, TopologyOptions.defaults().withTopics(topics));
        }

        String repartitionTopic() {
            return settings.applicationId() + "-" + StoreNames.EVENTS_BY_ENTITY + "-repartition";
        }

        KafkaProducer<String, byte[]> producer() {
            KafkaProducer<String, byte[]> p = new KafkaProducer<>(
                    clients.transactionalProducer(kafka.uniqueName("resilience-tx")));
            p.initTransactions();
            return p;
        }

        KafkaProducer<String, byte[]> rawProducer() {
            Map<String, Object> config = new HashMap<>(kafka.clientConfig());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            return new KafkaProducer<>(config);
        }

        /** An article with one event, in one transaction, as the producer writes them (record time: now). */
        void send(KafkaProducer<String, byte[]> producer, String articleId, Event event) {
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topics.articles(), articleId,
                    Serdes.article().encode(article(articleId, "2022-10-01"))));
            producer.send(new ProducerRecord<>(topics.events(), event.getId(), Serdes.event().encode(event)));
            producer.commitTransaction();
        }

        List<Long> timestamps(String topic, int expected) {
            List<Long> times = new ArrayList<>();
            read(topic, expected, r -> times.add(r.timestamp()));
            return times;
        }

        Map<String, DeadLetter> deadLetters(int expected) {
            Map<String, DeadLetter> letters = new HashMap<>();
            read(topics.deadLetters(), expected, r -> {
                DeadLetter d = Serdes.deadLetter().decode(r.value());
                letters.put(d.getSource(), d);
            });
            return letters;
        }

        private void read(String topic, int expected,
                java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> sink) {
            Map<String, Object> config = clients.readCommittedConsumer(null);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                int seen = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (seen < expected && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        sink.accept(r);
                        seen++;
                    }
                }
            }
        }
    }
}
