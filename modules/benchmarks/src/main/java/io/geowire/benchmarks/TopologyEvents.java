package io.geowire.benchmarks;

import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import java.time.LocalDate;
import java.util.Random;

/**
 * Generates the topology benchmark's input, one event at a time and without end: 70% stance over 35 pairs, 15%
 * route events over 6 routes, 15% sanctions statements over 12 actors, dates moving through 2022 with some up
 * to 30 days out of order, 5 events per article, and a fifth of the events re-reported by the next article so
 * corroboration merges. Seeded, so every run sees the same stream.
 */
final class TopologyEvents {

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
    static final int EVENTS_PER_ARTICLE = 5;

    private final Random random = new Random(42);
    private LocalDate day = LocalDate.parse("2022-01-01");
    private Event previous;
    private int next;

    /** Index the next call to {@link #nextEvent()} gives; article i / 5 carries event i. */
    int position() {
        return next;
    }

    /** The article that carries event {@code i}. */
    static Article articleOf(int i) {
        String id = "bench-a" + i / EVENTS_PER_ARTICLE;
        return Article.newBuilder().setId(id).setArticle(id).setSourcePath(id).setText("generated " + id)
                .setContentHash(id).build();
    }

    Event nextEvent() {
        int i = next++;
        if (i % 50 == 0) {
            day = day.plusDays(1);
        }
        // a fifth of the events report the previous event again, from another article
        Event e = previous != null && random.nextInt(5) == 0 ? reReport(previous, i)
                : event(i, day.minusDays(random.nextInt(30)).toString());
        previous = e;
        return e;
    }

    private Event event(int i, String date) {
        String id = "bench-e" + i;
        String article = "bench-a" + i / EVENTS_PER_ARTICLE;
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
        String article = "bench-a" + (i / EVENTS_PER_ARTICLE + 1);
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
}
