package io.geowire.streams.bench;

import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import io.geowire.streams.GeowireTopology;
import io.geowire.streams.StoreKind;
import io.geowire.streams.TopologyOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Throughput of the whole topology in a TopologyTestDriver with in-memory stores (no broker, one thread):
 * generated articles with 5 events each, 70% stance over 35 pairs, 15% route events over 6 routes, 15%
 * sanctions statements over 12 actors, dates spread over 2022 with some out of order, and 20% of events
 * re-reported by a second article so corroboration merges. Prints events/s.
 * <p>Run it with the module's compile classpath (see docs/topology.md); argument: number of events, default 20000.
 */
public final class TopologyBenchmark {

    private static final String[] WORDS = ("pipeline terminal minister statement sanctions border treaty summit "
            + "railway exports grain oil transit forum alliance visit troops parade symbol platform bank court "
            + "storm loading corridor port delegation resolution neutrality partnership drones intelligence")
            .split(" ");
    private static final String[] ACTORS = {"KAZ", "RUS", "UKR", "CHN", "TUR", "AZE", "USA", "UZB", "KGZ", "EU",
        "NATO", "CSTO"};
    private static final String[] ROUTES = {"CPC", "BTC", "TITR", "KTI_RAIL", "DRUZHBA", "KAZ_OIL_RAIL"};
    private static final String[] POLARITIES = {"aligning", "distancing", "neutral"};
    private static final String[] STATUSES = {"disrupted", "restored", "at_risk", "alternative"};
    private static final String[] POSITIONS = {"comply", "not_join", "refuse_circumvent", "threaten", "oppose"};

    private final Random random = new Random(42);

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        TopologyBenchmark bench = new TopologyBenchmark();
        bench.run(Math.max(1000, events / 10), false);
        double perSecond = bench.run(events, true);
        System.out.printf(Locale.ROOT, "topology throughput: %.0f events/s (%d events, in-memory stores)%n",
                perSecond, events);
    }

    /** Pipes {@code count} events (and their articles) and returns events per second. */
    double run(int count, boolean report) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "geowire-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        TopologyOptions options = TopologyOptions.defaults().withStores(StoreKind.IN_MEMORY);
        Topics topics = options.topics();
        List<Event> generated = generate(count);
        Instant start = Instant.parse("2022-12-31T00:00:00Z");
        try (TopologyTestDriver driver = new TopologyTestDriver(GeowireTopology.build(options), props, start)) {
            TestInputTopic<String, byte[]> articles = driver.createInputTopic(topics.articles(),
                    new StringSerializer(), new ByteArraySerializer());
            TestInputTopic<String, byte[]> events = driver.createInputTopic(topics.events(),
                    new StringSerializer(), new ByteArraySerializer());
            var articleSerde = Serdes.article();
            var eventSerde = Serdes.event();
            long began = System.nanoTime();
            for (int i = 0; i < generated.size(); i++) {
                if (i % 5 == 0) {
                    Article a = article("bench-a" + i / 5);
                    articles.pipeInput(a.getId(), articleSerde.encode(a));
                }
                Event e = generated.get(i);
                events.pipeInput(e.getId(), eventSerde.encode(e));
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            if (report) {
                System.out.printf(Locale.ROOT, "%d events in %.2f s%n", count, seconds);
            }
            return count / seconds;
        }
    }

    private List<Event> generate(int count) {
        List<Event> list = new ArrayList<>(count);
        LocalDate day = LocalDate.parse("2022-01-01");
        for (int i = 0; i < count; i++) {
            if (i % 50 == 0) {
                day = day.plusDays(1);
            }
            // a fifth of the events report the previous event again, from another article
            if (i > 0 && random.nextInt(5) == 0) {
                list.add(reReport(list.get(i - 1), i));
                continue;
            }
            LocalDate date = day.minusDays(random.nextInt(30));
            list.add(event(i, date.toString()));
        }
        return list;
    }

    private Event event(int i, String date) {
        String id = "bench-e" + i;
        String article = "bench-a" + i / 5;
        String evidence = sentence();
        int kind = random.nextInt(100);
        if (kind < 70) {
            String actor = ACTORS[random.nextInt(5)];
            String target = ACTORS[5 + random.nextInt(ACTORS.length - 5)];
            StanceEvent s = StanceEvent.newBuilder().setId(id).setArticleId(article).setArticle(article)
                    .setDate(date).setEvidence(evidence).setEvidenceStart(0).setEvidenceEnd(evidence.length())
                    .setConfidence(0.5 + random.nextDouble() / 2).setHedged(random.nextInt(10) == 0)
                    .setExtractorVersion("bench").setActor(actor).setTarget(target)
                    .setPolarity(POLARITIES[random.nextInt(3)]).build();
            return new Event(id, "stance", s);
        }
        if (kind < 85) {
            RouteDisruptionEvent r = RouteDisruptionEvent.newBuilder().setId(id).setArticleId(article)
                    .setArticle(article).setDate(date).setEvidence(evidence).setEvidenceStart(0)
                    .setEvidenceEnd(evidence.length()).setConfidence(0.7).setExtractorVersion("bench")
                    .setRoute(ROUTES[random.nextInt(ROUTES.length)]).setStatus(STATUSES[random.nextInt(4)])
                    .setMagnitude(random.nextBoolean() ? random.nextInt(40) + " days" : null).build();
            return new Event(id, "route_disruption", r);
        }
        SanctionStatementEvent s = SanctionStatementEvent.newBuilder().setId(id).setArticleId(article)
                .setArticle(article).setDate(date).setEvidence(evidence).setEvidenceStart(0)
                .setEvidenceEnd(evidence.length()).setConfidence(0.9).setExtractorVersion("bench")
                .setActor(ACTORS[random.nextInt(ACTORS.length)]).setPosition(POSITIONS[random.nextInt(5)])
                .build();
        return new Event(id, "sanction_statement", s);
    }

    private Event reReport(Event original, int i) {
        Event copy = Event.newBuilder(original).build();
        String id = "bench-e" + i;
        String article = "bench-a" + (i / 5 + 1);
        Object p = copy.getPayload();
        if (p instanceof StanceEvent s) {
            copy.setPayload(StanceEvent.newBuilder(s).setId(id).setArticleId(article).build());
        } else if (p instanceof RouteDisruptionEvent r) {
            copy.setPayload(RouteDisruptionEvent.newBuilder(r).setId(id).setArticleId(article).build());
        } else if (p instanceof SanctionStatementEvent s) {
            copy.setPayload(SanctionStatementEvent.newBuilder(s).setId(id).setArticleId(article).build());
        }
        copy.setId(id);
        return copy;
    }

    private String sentence() {
        StringBuilder b = new StringBuilder("The");
        for (int w = 0; w < 12; w++) {
            b.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }

    private static Article article(String id) {
        return Article.newBuilder().setId(id).setArticle(id).setSourcePath(id).setText("generated " + id)
                .setContentHash(id).build();
    }
}
