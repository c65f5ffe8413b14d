package io.geowire.cli;

import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.ProducedArticle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thousands of small articles of our own, already "extracted", with varied events of all three types: stance
 * events over 30 actor pairs and all three polarities, route disruptions over five routes and four statuses,
 * sanction statements over six actors and seven positions; every tenth article reports the previous article's
 * first event again (so corroboration has work). Evidence is made of words unique to each article, so only those
 * repeats corroborate. Event dates span 60 days, less than the stance windows' grace, so no window closes and the
 * final state does not depend on how Streams interleaves partitions. Confidences are multiples of 1/8, so sums of
 * weights are exact whatever the order. Sent through {@link CorpusProducer}, the production path.
 */
final class GeneratedCorpus {

    private static final String[] ACTORS = {"KAZ", "RUS", "CHN", "TUR", "AZE", "UZB"};
    private static final String[] POLARITIES = {"aligning", "distancing", "neutral"};
    private static final String[] ROUTES = {"CPC", "BTC", "TITR", "KTI_RAIL", "DRUZHBA"};
    private static final String[] STATUSES = {"disrupted", "restored", "at_risk", "alternative"};
    private static final String[] CAUSES = {"weather", "legal", "attack", "technical", "political", "unknown"};
    private static final String[] POSITIONS = {"comply", "not_join", "refuse_circumvent", "threaten", "oppose",
        "support", "other"};
    private static final double[] CONFIDENCES = {0.5, 0.625, 0.75, 0.875};
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private GeneratedCorpus() {
    }

    static List<ProducedArticle> articles(int count) {
        List<ProducedArticle> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            LocalDate published = START.plusDays(n % 60);
            String id = String.format(Locale.ROOT, "gen%013d", n);
            List<ExtractedEvent> events = new ArrayList<>();
            if (n % 10 == 9) {
                events.add(repeat(articles.get(n - 1).events().get(0), id, n));
            }
            int kinds = 1 + n % 3;
            for (int k = 0; k < kinds; k++) {
                events.add(event(n, k, id, published));
            }
            String text = String.join(" ", events.stream().map(ExtractedEvent::evidence).toList());
            IngestedArticle in = new IngestedArticle("gen-" + n + ".txt", "gen/gen-" + n + ".txt", id,
                    IngestStatus.OK, null, "Generated " + n, null, published, false, "gen.example", null, "en", null,
                    text, List.of(), "hash" + id, "UTF-8", text.substring(0, Math.min(40, text.length())));
            articles.add(new ProducedArticle(in, events));
        }
        return articles;
    }

    static ProduceSummary produce(ClientConfigs clients, Topics topics, String transactionalId,
            List<ProducedArticle> articles) {
        try (CorpusProducer producer = new CorpusProducer(clients, topics, transactionalId, Clock.systemUTC())) {
            articles.forEach(producer::send);
            return producer.summary();
        }
    }

    private static ExtractedEvent event(int n, int k, String article, LocalDate published) {
        String evidence = words(n, k);
        String date = published.minusDays((n + k) % 5).toString();
        double confidence = CONFIDENCES[(n + k) % CONFIDENCES.length];
        boolean hedged = (n + k) % 7 == 0;
        String id = "ev-" + n + "-" + k;
        int end = evidence.length();
        return switch ((n + k) % 3) {
            case 0 -> new ExtractedEvent(id, "stance", article, date, hedged, evidence, 0, end, confidence,
                    ACTORS[n % 6], ACTORS[(n / 6 % 5 + 1 + n % 6) % 6], POLARITIES[(n / 3) % 3], "generated", null,
                    null, null, null, null, null, null, "gen-1");
            case 1 -> new ExtractedEvent(id, "route_disruption", article, date, hedged, evidence, 0, end,
                    confidence, null, null, null, null, ROUTES[n % 5], STATUSES[(n / 5) % 4], CAUSES[n % 6],
                    n % 2 == 0 ? (n % 90) + " days" : null, null, null, null, "gen-1");
            default -> new ExtractedEvent(id, "sanction_statement", article, date, hedged, evidence, 0, end,
                    confidence, ACTORS[n % 6], null, null, null, null, null, null, null,
                    n % 4 == 0 ? "Speaker " + (n % 13) : null, POSITIONS[n % 7], n % 2 == 0 ? "USA,EU" : null,
                    "gen-1");
        };
    }

    /** The same real-world event reported again by another article: same fields and words, its own id. */
    private static ExtractedEvent repeat(ExtractedEvent e, String article, int n) {
        return new ExtractedEvent("ev-" + n + "-r", e.type(), article, e.date(), e.hedged(), e.evidence(),
                e.evidenceStart(), e.evidenceEnd(), e.confidence(), e.actor(), e.target(), e.polarity(), e.topic(),
                e.route(), e.status(), e.cause(), e.magnitude(), e.speaker(), e.position(), e.regime(),
                e.extractorVersion());
    }

    /** Six made-up words that no other article uses. */
    private static String words(int n, int k) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 6; w++) {
            b.append(w == 0 ? "" : " ").append("qz").append(Integer.toString((n * 6 + w) * 4 + k + 100_000, 36));
        }
        return b.append('.').toString();
    }
}
