package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@KafkaIT
class CorpusProducerIT {

    private static final String ARTICLE = """
            Pipeline halted by court
            https://example.org/news/pipeline
            March 3, 2023

            A regional court ordered the Caspian Pipeline Consortium to suspend loadings at its terminal for 30 days, \
            a decision that cuts most of Kazakhstan's crude exports.

            Kazakhstan will not recognise the breakaway Donetsk People's Republic, the foreign ministry said on Friday.
            """;

    @Test
    void shouldWriteArticleWithItsEventsWhenCorpusIsProduced(TestKafka kafka, @TempDir Path corpus)
            throws Exception {
        write(corpus, "a.txt", ARTICLE);
        write(corpus, "empty.txt", "");
        Topics topics = Topics.withPrefix(kafka.uniqueName("p") + ".");
        ClientConfigs configs = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);

        ProduceSummary summary;
        long before = System.currentTimeMillis();
        ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(IngestOptions.defaults()),
                EventExtractor.createDefault());
        try (CorpusProducer producer =
                     new CorpusProducer(configs, topics, kafka.uniqueName("tx"), Clock.systemUTC())) {
            pipeline.run(List.of(corpus.toString()), producer::send);
            summary = producer.summary();
        }
        long after = System.currentTimeMillis();

        List<ConsumerRecord<String, byte[]>> articles = readAll(configs, topics.articles(), 1);
        List<ConsumerRecord<String, byte[]>> events = readAll(configs, topics.events(), (int) summary.events());
        List<ConsumerRecord<String, byte[]>> deadLetters = readAll(configs, topics.deadLetters(), 1);
        assertThat(summary.inputs()).isEqualTo(2);
        assertThat(summary.addsUp()).isTrue();
        assertThat(summary.events()).isGreaterThan(0);
        Article article = Serdes.article().decode(articles.get(0).value());
        assertThat(articles.get(0).key()).isEqualTo(article.getId());
        assertThat(article.getEventCount()).isEqualTo((int) summary.events());
        assertThat(events).hasSize((int) summary.events());
        for (ConsumerRecord<String, byte[]> record : events) {
            Event event = Serdes.event().decode(record.value());
            assertThat(record.key()).isEqualTo(event.getId());
            // stamped when produced, not with the 2023 dates of the text: event dates live only in the payload
            assertThat(record.timestamp()).isBetween(before, after);
        }
        var deadLetter = Serdes.deadLetter().decode(deadLetters.get(0).value());
        assertThat(deadLetters.get(0).key()).isEqualTo("empty.txt");
        assertThat(deadLetter.getSource()).isEqualTo("empty.txt");
        assertThat(deadLetter.getStage()).isEqualTo("ingest");
        assertThat(deadLetter.getReason()).contains("empty");
    }

    @Test
    void shouldDeadLetterArticleWhenItIsTooLargeForKafka(TestKafka kafka) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("big") + ".");
        ClientConfigs configs = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);
        String huge = "A long report. ".repeat(80_000);
        IngestedArticle big = new IngestedArticle("big.txt", "big.txt", "b1", IngestStatus.OK, null, "Big", null,
                null, false, null, null, "en", null, huge, List.of(), "h", "UTF-8", "A long report.");

        ProduceSummary summary;
        try (CorpusProducer producer =
                     new CorpusProducer(configs, topics, kafka.uniqueName("tx"), Clock.systemUTC())) {
            producer.send(new ProducedArticle(big, List.of()));
            summary = producer.summary();
        }

        assertThat(summary.deadLetters()).isEqualTo(1);
        assertThat(summary.articles()).isZero();
        assertThat(summary.addsUp()).isTrue();
        var deadLetter = Serdes.deadLetter().decode(readAll(configs, topics.deadLetters(), 1).get(0).value());
        assertThat(deadLetter.getSource()).isEqualTo("big.txt");
        assertThat(deadLetter.getReason()).startsWith("too large for Kafka");
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(ClientConfigs configs, String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Map<String, Object> config = configs.readCommittedConsumer(null);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
