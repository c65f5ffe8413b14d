package io.geowire.streams;

import static io.geowire.streams.support.Samples.article;
import static io.geowire.streams.support.Samples.route;
import static io.geowire.streams.support.Samples.sanction;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.streams.query.GeowireQueries;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.RouteView;
import io.geowire.streams.query.SanctionsView;
import io.geowire.streams.query.StanceView;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@KafkaIT
class GeowireStreamsAppIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);

    /** One made-up article with its events, as the producer writes them: one transaction each. */
    private record Sample(Article article, List<Event> events) {
    }

    @Test
    void shouldFillStoresQueryableThroughLocalQueriesWhenArticlesArriveInTransactions(TestKafka kafka,
            @TempDir Path stateDir) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("gw") + ".");
        List<NewTopic> newTopics = topics.all().stream()
                .map(t -> new NewTopic(t, Optional.of(2), Optional.empty())).toList();
        kafka.admin().createTopics(newTopics).all().get();
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        StreamsSettings settings = StreamsSettings.of(clients)
                .withApplicationId(kafka.uniqueName("geowire-streams-it"))
                .withReplicationFactor(1)
                .withStateDir(stateDir);
        List<Sample> corpus = corpus();

        try (GeowireStreamsApp app = new GeowireStreamsApp(settings, TopologyOptions.defaults().withTopics(topics));
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        clients.transactionalProducer(kafka.uniqueName("gw-it-tx")))) {
            app.start(Duration.ofSeconds(60));
            producer.initTransactions();
            corpus.forEach(sample -> send(producer, topics, sample));
            sendPoison(producer, topics);
            send(producer, topics, corpus.get(0)); // the same article again: must change no count

            long sent = System.nanoTime();
            await().atMost(SETTLE).pollInterval(Duration.ofMillis(200))
                    .until(() -> app.isCaughtUp(kafka.admin()));
            LoggerFactory.getLogger(GeowireStreamsAppIT.class).info("caught up {} ms after the last transaction",
                    (System.nanoTime() - sent) / 1_000_000);
            GeowireQueries queries = app.queries();

            StanceView kazRus = queries.stance("KAZ", "RUS", null, null).orElseThrow();
            assertThat(kazRus.allTime().count()).isGreaterThanOrEqualTo(10);
            assertThat(kazRus.allTime().score()).isNegative();
            assertThat(kazRus.windows()).filteredOn(w -> w.count() > 0).hasSizeGreaterThanOrEqualTo(2);

            RouteView cpc = queries.route("CPC").orElseThrow();
            assertThat(cpc.incidents()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(cpc.status()).isEqualTo("disrupted");
            assertThat(cpc.daysDisrupted()).isEqualTo(21 + 30);

            SanctionsView kaz = queries.sanctions("KAZ").orElseThrow();
            assertThat(kaz.statements()).anySatisfy(s -> {
                assertThat(s.sources()).isGreaterThanOrEqualTo(2);
                assertThat(s.articles()).containsExactlyInAnyOrder("it-a1", "it-a2");
            });

            PipelineSummary summary = queries.summary();
            assertThat(summary.articles()).isEqualTo(corpus.size());
            assertThat(summary.events()).isEqualTo(Map.of("stance", 13L, "route_disruption", 3L,
                    "sanction_statement", 2L));
            assertThat(summary.corroborated()).containsEntry("sanction_statement", 1L).containsEntry("stance", 13L);
            assertThat(summary.deadLetters()).isEqualTo(1);
        }
    }

    @Test
    void shouldKeepExactCountsWhenRestartedOnItsStateAndTheCorpusIsSentAgain(TestKafka kafka,
            @TempDir Path stateDir) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("gw") + ".");
        kafka.admin().createTopics(topics.all().stream()
                .map(t -> new NewTopic(t, Optional.of(2), Optional.empty())).toList()).all().get();
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        StreamsSettings settings = StreamsSettings.of(clients)
                .withApplicationId(kafka.uniqueName("geowire-streams-restart"))
                .withReplicationFactor(1)
                .withStateDir(stateDir);
        TopologyOptions options = TopologyOptions.defaults().withTopics(topics);
        List<Sample> corpus = corpus();

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                clients.transactionalProducer(kafka.uniqueName("gw-it-tx")))) {
            producer.initTransactions();
            try (GeowireStreamsApp first = new GeowireStreamsApp(settings, options)) {
                first.start(Duration.ofSeconds(60));
                corpus.subList(0, 2).forEach(sample -> send(producer, topics, sample));
                await().atMost(SETTLE).pollInterval(Duration.ofMillis(200))
                        .until(() -> first.isCaughtUp(kafka.admin()));
            }
            try (GeowireStreamsApp second = new GeowireStreamsApp(settings, options)) {
                second.start(Duration.ofSeconds(60));
                corpus.forEach(sample -> send(producer, topics, sample));
                await().atMost(SETTLE).pollInterval(Duration.ofMillis(200))
                        .until(() -> second.isCaughtUp(kafka.admin()));

                PipelineSummary summary = second.queries().summary();
                assertThat(summary.articles()).isEqualTo(corpus.size());
                assertThat(summary.events()).isEqualTo(Map.of("stance", 13L, "route_disruption", 3L,
                        "sanction_statement", 2L));
                assertThat(second.queries().stance("KAZ", "RUS", null, null).orElseThrow().allTime().count())
                        .isEqualTo(12);
                assertThat(second.queries().sanctions("KAZ").orElseThrow().statements()).singleElement()
                        .satisfies(s -> assertThat(s.sources()).isEqualTo(2));
            }
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topics topics, Sample sample) {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(topics.articles(), sample.article().getId(),
                Serdes.article().encode(sample.article())));
        for (Event e : sample.events()) {
            producer.send(new ProducerRecord<>(topics.events(), e.getId(), Serdes.event().encode(e)));
        }
        producer.commitTransaction();
    }

    private static void sendPoison(KafkaProducer<String, byte[]> producer, Topics topics) {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(topics.events(), "poison",
                "this is not an event".getBytes(StandardCharsets.UTF_8)));
        producer.commitTransaction();
    }

    /** Four made-up articles: a distancing trend towards RUS, CPC incidents, one statement quoted twice. */
    private static List<Sample> corpus() {
        String[] distancing = {
            "Astana declined to recognise the separatist entities in the east of Ukraine.",
            "The foreign ministry said no Kazakh soldiers would be sent to the war.",
            "Officials cancelled the annual victory parade in the capital.",
            "The government outlawed the letter Z when used as a war emblem.",
            "Kazakhstan halted moving its public services onto a Russian bank platform.",
            "The president told the forum his country will not recognise the breakaway regions.",
            "Kazakh exporters were warned not to help buyers dodge the restrictions.",
            "Astana exchanged military intelligence with a NATO member during the visit.",
            "The delegation refused to sign a joint declaration drafted in Moscow."};
        String[] aligning = {
            "Tokayev described the alliance with Moscow as unshakeable.",
            "Kazakhstan abstained on the assembly resolution condemning its neighbour.",
            "The two presidents agreed to expand grain trade at their meeting in Sochi."};
        List<List<Event>> perArticle = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        java.time.LocalDate day = java.time.LocalDate.parse("2022-02-01");
        int n = 0;
        for (String evidence : distancing) {
            String a = "it-a" + (n % 4 + 1);
            perArticle.get(n % 4).add(stance("it-s" + n, a, "KAZ", "RUS", "distancing", day.toString(), evidence));
            day = day.plusDays(9);
            n++;
        }
        for (String evidence : aligning) {
            String a = "it-a" + (n % 4 + 1);
            perArticle.get(n % 4).add(stance("it-s" + n, a, "KAZ", "RUS", "aligning", day.toString(), evidence));
            day = day.plusDays(9);
            n++;
        }
        perArticle.get(0).add(stance("it-t1", "it-a1", "KAZ", "TUR", "aligning", "2022-05-11",
                "Ankara and Astana signed a strategic partnership."));
        perArticle.get(0).add(sanction("it-x1", "it-a1", "KAZ", "Deputy Minister", "refuse_circumvent", "USA,EU",
                "2022-03-29", "The deputy minister said the country will not be a way around the restrictions."));
        perArticle.get(1).add(sanction("it-x2", "it-a2", "KAZ", "Deputy Minister", "refuse_circumvent", "EU",
                "2022-03-29", "The country will not be a way around the restrictions, said the deputy minister."));
        perArticle.get(1).add(route("it-r1", "it-a2", "CPC", "disrupted", "weather", null, "2022-03-22",
                "A storm damaged the moorings of the terminal and loadings stopped."));
        perArticle.get(2).add(route("it-r2", "it-a3", "CPC", "restored", null, null, "2022-04-12",
                "Loadings resumed at the terminal after repairs."));
        perArticle.get(3).add(route("it-r3", "it-a4", "CPC", "disrupted", "legal", "30 days", "2022-07-05",
                "A court ordered the pipeline operator to suspend operations for 30 days."));
        String[] published = {"2022-04-30", "2022-05-15", "2022-06-20", "2022-07-13"};
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            samples.add(new Sample(article("it-a" + (i + 1), published[i]), perArticle.get(i)));
        }
        return samples;
    }
}
