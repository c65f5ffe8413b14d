package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestLimits;
import io.geowire.ingest.IngestOptions;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.DeadLetter;
import io.geowire.producer.RawArticleIngest;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The raw-articles source against a real broker: bad records as dead letters, and a group sharing partitions. */
@KafkaIT
class RawArticlesIT {

    private static final EventExtractor EXTRACTOR = EventExtractor.createDefault();

    @Test
    void shouldProduceGoodRecordsOnceAndBadOnesAsDeadLettersWhenTopicMixesThem(TestKafka kafka) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("raw") + ".");
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, TopicProvisioner.DEFAULT_PARTITIONS);
        List<byte[]> values = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            values.add(RawArticles.json(n));
        }
        values.add(RawArticles.utf8("this is not JSON at all"));
        values.add(RawArticles.utf8("{\"title\": \"a title and nothing else\"}"));
        values.add(RawArticles.utf8("{\"text\": \"" + "word ".repeat(6_000) + "\"}"));
        values.add(null);
        RawArticles.write(clients, topics.rawArticles(), values);
        IngestOptions smallRecords = IngestOptions.defaults()
                .withLimits(IngestLimits.defaults().withMaxRecordBytes(20_000));

        RawArticleIngest.Status status;
        try (RawArticleIngest source = source(clients, topics, "g", "one", smallRecords)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> source.status().produced().inputs() >= values.size());
            status = source.status();
        }

        assertThat(status.produced().inputs()).isEqualTo(values.size());
        assertThat(status.produced().addsUp()).isTrue();
        // one of the twelve generated articles is too short once cleaned: what ingestion alone makes of them decides
        long kept = RawArticles.ingestible(values, smallRecords);
        assertThat(kept).isBetween(8L, 12L);
        assertThat(status.produced().articles() + status.produced().duplicates()).isEqualTo(kept);
        assertThat(status.produced().deadLetters()).isEqualTo(values.size() - kept);
        List<ConsumerRecord<String, byte[]>> articles = RawArticles.committed(clients, topics.articles());
        List<ConsumerRecord<String, byte[]>> events = RawArticles.committed(clients, topics.events());
        assertThat(articles).hasSize((int) kept);
        assertThat(events).hasSize((int) status.produced().events()).isNotEmpty();
        Article first = Serdes.article().decode(articles.get(0).value());
        assertThat(first.getSource()).isEqualTo("Example Wire");
        assertThat(first.getArticle()).startsWith(topics.rawArticles() + "-");
        List<String> reasons = RawArticles.committed(clients, topics.deadLetters()).stream()
                .map(r -> Serdes.deadLetter().decode(r.value())).map(DeadLetter::getReason).toList();
        assertThat(reasons).hasSize((int) (values.size() - kept));
        assertThat(reasons).anyMatch(r -> r.startsWith("invalid JSON"))
                .anyMatch(r -> r.startsWith("no text field"))
                .anyMatch(r -> r.contains("record limit"))
                .anyMatch(r -> r.equals("empty record"));
    }

    @Test
    void shouldShareThePartitionsWhenTwoProcessesConsumeInOneGroup(TestKafka kafka) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("raw2") + ".");
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, TopicProvisioner.DEFAULT_PARTITIONS);
        int count = 60;
        List<byte[]> values = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            values.add(RawArticles.json(100 + n));
        }
        String group = kafka.uniqueName("group");

        try (RawArticleIngest a = source(clients, topics, group, "a", IngestOptions.defaults());
                RawArticleIngest b = source(clients, topics, group, "b", IngestOptions.defaults())) {
            await().atMost(Duration.ofMinutes(1)).until(() -> !a.status().assigned().isEmpty()
                    && !b.status().assigned().isEmpty()
                    && a.status().assigned().size() + b.status().assigned().size()
                            == TopicProvisioner.DEFAULT_PARTITIONS);
            RawArticles.write(clients, topics.rawArticles(), values);
            await().atMost(Duration.ofMinutes(2)).until(() ->
                    a.status().produced().inputs() + b.status().produced().inputs() >= count);

            assertThat(a.status().produced().inputs()).as("first process's share").isPositive();
            assertThat(b.status().produced().inputs()).as("second process's share").isPositive();
            assertThat(a.status().produced().inputs() + b.status().produced().inputs()).isEqualTo(count);
            assertThat(a.status().assigned()).doesNotContainAnyElementsOf(b.status().assigned());
        }
        Map<String, Long> perId = RawArticles.committed(clients, topics.articles()).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(perId).hasSize((int) RawArticles.ingestible(values, IngestOptions.defaults()));
        assertThat(perId.values()).containsOnly(1L);
    }

    private static RawArticleIngest source(ClientConfigs clients, Topics topics, String group, String instance,
            IngestOptions options) {
        return new RawArticleIngest(clients, topics, new RawArticleIngest.Settings(topics.rawArticles(), group,
                instance), options, EXTRACTOR, Clock.systemUTC()).start();
    }
}
