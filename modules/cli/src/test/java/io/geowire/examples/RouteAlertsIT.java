package io.geowire.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.producer.TopicProvisioner;
import io.geowire.streams.GeowireStreamsApp;
import io.geowire.streams.StreamsSettings;
import io.geowire.streams.TopologyOptions;
import io.geowire.model.ClientConfigs;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Runs the documented downstream example against the real pipeline: Streams writes route-status, it reads. */
@KafkaIT
class RouteAlertsIT {

    @Test
    void shouldAlertWhenStreamsReportsRouteDisrupted(TestKafka kafka) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("alerts") + ".");
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        StreamsSettings settings = StreamsSettings.of(clients).withApplicationId(kafka.uniqueName("app"))
                .withReplicationFactor(1).withStateDir(Files.createTempDirectory("alerts-state"));
        List<RouteAlerts.Alert> alerts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (GeowireStreamsApp app = new GeowireStreamsApp(settings, TopologyOptions.defaults().withTopics(topics));
             RouteAlerts service = new RouteAlerts(kafka.bootstrapServers(), topics, kafka.uniqueName("svc"))) {
            app.start(Duration.ofMinutes(1));
            produceDisruption(kafka, clients, topics);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                service.pollOnce(alerts::add, problems::add);
                assertThat(service.statuses()).containsEntry("DRUZHBA", "disrupted");
            });
        }
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.route()).isEqualTo("DRUZHBA");
            assertThat(a.to()).isEqualTo("disrupted");
            assertThat(a.since()).isEqualTo("2023-05-16");
        });
        assertThat(problems).isEmpty();
    }

    private static void produceDisruption(TestKafka kafka, ClientConfigs clients, Topics topics) {
        Map<String, Object> config = new HashMap<>(clients.transactionalProducer(kafka.uniqueName("tx")));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            producer.beginTransaction();
            Article article = Article.newBuilder().setId("a-druzhba").setArticle("druzhba.txt")
                    .setSourcePath("druzhba.txt").setPublished("2023-05-17").setText("Flows were halted.")
                    .setContentHash("h").setEventCount(1).build();
            RouteDisruptionEvent disruption = RouteDisruptionEvent.newBuilder().setId("e-druzhba")
                    .setArticleId("a-druzhba").setArticle("druzhba.txt").setPublished("2023-05-17")
                    .setDate("2023-05-16").setEvidence("Flows were halted.").setEvidenceStart(0).setEvidenceEnd(18)
                    .setConfidence(0.9).setExtractorVersion("example").setRoute("DRUZHBA").setStatus("disrupted")
                    .setCause("attack").build();
            Event event = Event.newBuilder().setId("e-druzhba").setType("route_disruption").setPayload(disruption)
                    .build();
            producer.send(new ProducerRecord<>(topics.articles(), article.getId(), Serdes.article().encode(article)));
            producer.send(new ProducerRecord<>(topics.events(), event.getId(), Serdes.event().encode(event)));
            producer.commitTransaction();
        }
    }
}
