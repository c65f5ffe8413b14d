package io.geowire.cli;

import io.geowire.model.EntityKey;
import io.geowire.model.EventFields;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The input of {@code bench rebuild}: articles and their events as the producer would have written them, made
 * directly as Avro records (no ingestion, no extraction) so that producing them takes seconds and the benchmark
 * measures Streams alone. The mix is meant to look like a long-running feed, not like one repeated story: stance
 * between 60 actor-target pairs, route events over 8 routes and sanctions statements by 20 actors; publication
 * days advance with the article number (about 40 articles a day), events are dated up to three weeks before their
 * article; a quarter of the events re-report an event of one of the last few articles (so corroboration merges,
 * with clusters of a few members as in real news). Seeded: every run with the same flags sees the same records.
 */
final class RebuildCorpus {

    /** An article and the events extracted from it, with the entity each event is partitioned by. */
    record Item(Article article, List<Event> events, List<String> entities) {
    }

    private static final String[] WORDS = ("minister pipeline border summit statement delegation exports treaty "
            + "grain corridor terminal sanctions visit talks forum railway tariff quota transit bank court alliance "
            + "ceasefire shipment tanker customs envoy parliament resolution budget drought harvest refinery port")
            .split(" ");
    private static final String[] STANCE_ACTORS = {"KAZ", "RUS", "UKR", "CHN", "TUR", "AZE", "USA", "UZB", "KGZ",
        "EU"};
    private static final String[] STANCE_TARGETS = {"RUS", "USA", "CHN", "EU", "NATO", "CSTO"};
    private static final String[] ROUTES = {"CPC", "BTC", "TITR", "KTI_RAIL", "DRUZHBA", "KAZ_OIL_RAIL", "MIDDLE_CORRIDOR",
        "AKTAU_PORT"};
    private static final String[] SANCTIONS_ACTORS = {"KAZ", "RUS", "UKR", "CHN", "TUR", "AZE", "USA", "UZB", "KGZ",
        "EU", "GBR", "JPN", "KOR", "IND", "ARM", "GEO", "TKM", "TJK", "MNG", "IRN"};
    private static final String[] POLARITIES = {"aligning", "distancing", "neutral"};
    private static final String[] STATUSES = {"disrupted", "restored", "at_risk", "alternative"};
    private static final String[] POSITIONS = {"comply", "not_join", "refuse_circumvent", "threaten", "oppose"};
    private static final LocalDate FIRST_DAY = LocalDate.parse("2015-01-01");
    private static final int ARTICLES_PER_DAY = 40;
    private static final int TEXT_WORDS = 450;
    private static final int RECENT = 64;

    private final Random random;
    private final int eventsPerArticle;
    private final List<Event> recent = new ArrayList<>();
    private int next;

    RebuildCorpus(long seed, int eventsPerArticle) {
        this.random = new Random(seed);
        this.eventsPerArticle = eventsPerArticle;
    }

    Item next() {
        int n = next++;
        String id = "rebuild-a" + n;
        LocalDate published = FIRST_DAY.plusDays(n / ARTICLES_PER_DAY);
        Article article = Article.newBuilder().setId(id).setArticle("generated/" + id + ".txt")
                .setSourcePath("generated/" + id + ".txt").setTitle(words(8)).setSource("outlet-" + random.nextInt(40))
                .setPublished(published.toString()).setLanguage("en").setText(words(TEXT_WORDS)).setContentHash(id)
                .setEventCount(eventsPerArticle).build();
        List<Event> events = new ArrayList<>(eventsPerArticle);
        List<String> entities = new ArrayList<>(eventsPerArticle);
        for (int e = 0; e < eventsPerArticle; e++) {
            String eventId = id + "-e" + e;
            Event event = !recent.isEmpty() && random.nextInt(4) == 0
                    ? reReport(recent.get(random.nextInt(recent.size())), eventId, id)
                    : fresh(eventId, id, published);
            events.add(event);
            entities.add(entity(event));
            remember(event);
        }
        return new Item(article, events, entities);
    }

    private void remember(Event event) {
        recent.add(event);
        if (recent.size() > RECENT) {
            recent.remove(0);
        }
    }

    private Event fresh(String id, String articleId, LocalDate published) {
        String date = published.minusDays(random.nextInt(21)).toString();
        String evidence = words(14) + ".";
        int kind = random.nextInt(100);
        if (kind < 65) {
            String actor = STANCE_ACTORS[random.nextInt(STANCE_ACTORS.length)];
            String target = STANCE_TARGETS[random.nextInt(STANCE_TARGETS.length)];
            if (actor.equals(target)) {
                target = "NATO";
            }
            return new Event(id, EventFields.STANCE, StanceEvent.newBuilder().setId(id).setArticleId(articleId)
                    .setArticle(articleId).setPublished(published.toString()).setDate(date).setEvidence(evidence)
                    .setEvidenceStart(0).setEvidenceEnd(evidence.length()).setConfidence(0.5 + random.nextDouble() / 2)
                    .setExtractorVersion("rebuild-bench").setActor(actor).setTarget(target)
                    .setPolarity(POLARITIES[random.nextInt(POLARITIES.length)]).build());
        }
        if (kind < 82) {
            return new Event(id, EventFields.ROUTE_DISRUPTION, RouteDisruptionEvent.newBuilder().setId(id)
                    .setArticleId(articleId).setArticle(articleId).setPublished(published.toString()).setDate(date)
                    .setEvidence(evidence).setEvidenceStart(0).setEvidenceEnd(evidence.length()).setConfidence(0.7)
                    .setExtractorVersion("rebuild-bench").setRoute(ROUTES[random.nextInt(ROUTES.length)])
                    .setStatus(STATUSES[random.nextInt(STATUSES.length)]).build());
        }
        return new Event(id, EventFields.SANCTION_STATEMENT, SanctionStatementEvent.newBuilder().setId(id)
                .setArticleId(articleId).setArticle(articleId).setPublished(published.toString()).setDate(date)
                .setEvidence(evidence).setEvidenceStart(0).setEvidenceEnd(evidence.length()).setConfidence(0.9)
                .setExtractorVersion("rebuild-bench")
                .setActor(SANCTIONS_ACTORS[random.nextInt(SANCTIONS_ACTORS.length)])
                .setPosition(POSITIONS[random.nextInt(POSITIONS.length)]).build());
    }

    /** The same real-world event told by another article: same fields and date, new ids, new wording. */
    private Event reReport(Event original, String id, String articleId) {
        String evidence = words(14) + ".";
        Object p = original.getPayload();
        Object payload;
        if (p instanceof StanceEvent s) {
            payload = StanceEvent.newBuilder(s).setId(id).setArticleId(articleId).setArticle(articleId)
                    .setEvidence(evidence).setEvidenceEnd(evidence.length()).build();
        } else if (p instanceof RouteDisruptionEvent r) {
            payload = RouteDisruptionEvent.newBuilder(r).setId(id).setArticleId(articleId).setArticle(articleId)
                    .setEvidence(evidence).setEvidenceEnd(evidence.length()).build();
        } else {
            SanctionStatementEvent s = (SanctionStatementEvent) p;
            payload = SanctionStatementEvent.newBuilder(s).setId(id).setArticleId(articleId).setArticle(articleId)
                    .setEvidence(evidence).setEvidenceEnd(evidence.length()).build();
        }
        return new Event(id, original.getType(), payload);
    }

    /** The entity the producer partitions an event by ({@link EntityKey}, as Streams keys it). */
    static String entity(Event event) {
        Object p = event.getPayload();
        if (p instanceof StanceEvent s) {
            return EntityKey.stancePair(s.getActor(), s.getTarget());
        }
        if (p instanceof RouteDisruptionEvent r) {
            return EntityKey.route(r.getRoute());
        }
        return EntityKey.sanctionsActor(((SanctionStatementEvent) p).getActor());
    }

    private String words(int count) {
        StringBuilder b = new StringBuilder(count * 8);
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
