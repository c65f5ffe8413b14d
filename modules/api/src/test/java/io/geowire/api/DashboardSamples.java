package io.geowire.api;

import io.geowire.streams.query.ArticleView;
import io.geowire.streams.query.CorroboratedEvent;
import io.geowire.streams.query.EvidenceRef;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.RouteIncident;
import io.geowire.streams.query.RouteView;
import io.geowire.streams.query.SanctionStatementView;
import io.geowire.streams.query.SanctionsView;
import io.geowire.streams.query.StanceSummary;
import io.geowire.streams.query.StanceView;
import io.geowire.streams.query.StanceWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small but complete invented state for the dashboard: several pairs with monthly windows, routes in every
 * status, two sanctions ledgers, and articles whose text contains each event's evidence at the right offsets.
 * All sentences are made up for these tests.
 */
final class DashboardSamples {

    static final String EVIDENCE_NON_RECOGNITION =
            "The foreign ministry said Astana saw no legal grounds to recognise the breakaway republics.";
    static final String ARTICLE_NON_RECOGNITION = "wire-0314.txt";

    private DashboardSamples() {
    }

    static InMemoryQueries fill(InMemoryQueries queries) {
        queries.withStance(kazRus()).withStance(kazTur()).withStance(kazChn()).withStance(uzbRus());
        queries.withRoute(route("BTC", "Baku-Tbilisi-Ceyhan pipeline", "alternative", "2022-05-18", 0,
                incident("ev-btc-1", "2022-05-18", "alternative", null, "up to 1.5 million tonnes a year", 2,
                        "desk-0518.html")));
        queries.withRoute(route("CPC", "Caspian Pipeline Consortium", "disrupted", "2022-07-06", 45,
                incident("ev-cpc-1", "2022-03-22", "disrupted", "weather", "two of three moorings", 3,
                        "wire-0322.txt", "desk-0323.html"),
                incident("ev-cpc-2", "2022-04-20", "restored", null, null, 2, "wire-0420.txt"),
                incident("ev-cpc-3", "2022-07-06", "disrupted", "legal", "30 days", 4, "wire-0706.txt")));
        queries.withRoute(route("KTI_RAIL", "Kazakhstan-Turkmenistan-Iran railway", "operational", null, 0,
                incident("ev-kti-1", "2022-06-02", "alternative", null, null, 1, "desk-0602.html")));
        queries.withRoute(route("TITR", "Trans-Caspian International Transport Route", "at_risk", "2022-08-11", 0,
                incident("ev-titr-1", "2022-08-11", "at_risk", "technical", "port capacity", 1, "desk-0811.html")));
        queries.withSanctions(kazLedger()).withSanctions(uzbLedger());
        events().forEach(queries::withEvent);
        articles().forEach(queries::withArticle);
        return queries.withSummary(summary());
    }

    static StanceView kazRus() {
        return new StanceView("KAZ", "RUS", new StanceSummary(-0.45, 11, 2, 7, 2),
                List.of(window("2022-02-01", "2022-03-01", 0.5, 2, 1, 0, 1),
                        window("2022-03-01", "2022-04-01", -0.67, 3, 0, 2, 1),
                        window("2022-04-01", "2022-05-01", -1.0, 2, 0, 2, 0),
                        window("2022-06-01", "2022-07-01", -0.5, 2, 0, 1, 1),
                        window("2022-07-01", "2022-08-01", 0.0, 1, 1, 1, 0),
                        window("2022-09-01", "2022-10-01", -1.0, 1, 0, 1, 0)),
                List.of(new EvidenceRef("ev-kaz-rus-1", EVIDENCE_NON_RECOGNITION, "distancing", "2022-03-14", 2,
                        List.of(ARTICLE_NON_RECOGNITION, "desk-0315.html"))));
    }

    static StanceView kazTur() {
        return new StanceView("KAZ", "TUR", new StanceSummary(0.8, 5, 4, 0, 1),
                List.of(window("2022-05-01", "2022-06-01", 1.0, 3, 3, 0, 0),
                        window("2022-10-01", "2022-11-01", 0.5, 2, 1, 0, 1)),
                List.of(new EvidenceRef("ev-kaz-tur-1", "Both presidents signed a declaration on enhanced "
                        + "strategic partnership.", "aligning", "2022-05-10", 1, List.of("desk-0510.html"))));
    }

    /**
     * Twenty months of windows: more date labels than fit side by side. (Invented: its all-time count is kept
     * below KAZ->RUS's so that pair stays the dashboard's default.)
     */
    static StanceView uzbRus() {
        List<StanceWindow> windows = new ArrayList<>();
        LocalDate month = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < 20; i++, month = month.plusMonths(1)) {
            windows.add(window(month.toString(), month.plusMonths(1).toString(), i % 2 == 0 ? 0.5 : -0.5, 1,
                    i % 2 == 0 ? 1 : 0, i % 2 == 0 ? 0 : 1, 0));
        }
        return new StanceView("UZB", "RUS", new StanceSummary(0.0, 10, 5, 5, 0), windows, List.of());
    }

    static StanceView kazChn() {
        return new StanceView("KAZ", "CHN", new StanceSummary(0.5, 2, 1, 0, 1),
                List.of(window("2022-09-01", "2022-10-01", 0.5, 2, 1, 0, 1)), List.of());
    }

    static SanctionsView kazLedger() {
        Map<String, Long> positions = new LinkedHashMap<>();
        positions.put("comply", 1L);
        positions.put("not_join", 1L);
        positions.put("refuse_circumvent", 2L);
        return new SanctionsView("KAZ", "refuse_circumvent", positions, List.of(
                statement("ev-kaz-s-1", "A presidential aide", "not_join", null, "2022-03-02",
                        "The republic has not joined the restrictions and is not obliged to, the aide said.",
                        "wire-0302.txt"),
                statement("ev-kaz-s-2", "The deputy trade minister", "refuse_circumvent", "USA,EU", "2022-04-01",
                        "We will not let our territory become a back door for restricted goods, the deputy minister "
                                + "told reporters.", "wire-0401.txt"),
                statement("ev-kaz-s-3", "The finance ministry", "comply", "USA", "2022-05-12",
                        "Local banks will observe the restrictions to avoid secondary penalties, the ministry said.",
                        "desk-0512.html"),
                statement("ev-kaz-s-4", "The deputy trade minister", "refuse_circumvent", "EU", "2022-09-20",
                        "Re-export of listed goods will be checked at every border post, he added.",
                        "wire-0920.txt")));
    }

    static SanctionsView uzbLedger() {
        return new SanctionsView("UZB", "oppose", Map.of("oppose", 1L), List.of(
                statement("ev-uzb-s-1", null, "oppose", null, "2022-06-08",
                        "Officials in Tashkent called the measures harmful to regional trade.", "desk-0608.html")));
    }

    static List<CorroboratedEvent> events() {
        List<CorroboratedEvent> events = new ArrayList<>();
        events.add(stance("ev-kaz-rus-1", "2022-03-14", "KAZ", "RUS", "distancing", "non-recognition",
                EVIDENCE_NON_RECOGNITION, ARTICLE_NON_RECOGNITION, "desk-0315.html"));
        events.add(stance("ev-kaz-rus-2", "2022-04-22", "KAZ", "RUS", "distancing", "parade cancelled",
                "The city will hold no military parade this spring, the mayor's office announced.", "wire-0422.txt"));
        events.add(stance("ev-kaz-tur-1", "2022-05-10", "KAZ", "TUR", "aligning", "strategic partnership",
                "Both presidents signed a declaration on enhanced strategic partnership.", "desk-0510.html"));
        events.add(route("ev-cpc-1", "2022-03-22", "CPC", "disrupted", "weather", "two of three moorings",
                "Tanker loadings stopped after a storm damaged two of three moorings at the terminal.",
                "wire-0322.txt", "desk-0323.html"));
        events.add(route("ev-cpc-3", "2022-07-06", "CPC", "disrupted", "legal", "30 days",
                "A court ordered the terminal to halt operations for 30 days over a spill report.", "wire-0706.txt"));
        for (SanctionsView ledger : List.of(kazLedger(), uzbLedger())) {
            for (SanctionStatementView s : ledger.statements()) {
                events.add(sanction(s, ledger.actor()));
            }
        }
        return events;
    }

    static List<ArticleView> articles() {
        return List.of(
                article(ARTICLE_NON_RECOGNITION, "Astana keeps its distance on breakaway regions", "Steppe Wire",
                        "2022-03-15", "ASTANA, March 15 - Officials met foreign envoys on Monday to explain the "
                                + "government's position.\n\n" + EVIDENCE_NON_RECOGNITION + " A spokesman added that "
                                + "the country respected the territorial integrity of all its partners.\n\nTrade "
                                + "talks with neighbouring states are expected to continue next month.",
                        articleEvent("ev-kaz-rus-1", "stance", EVIDENCE_NON_RECOGNITION, "KAZ distancing from RUS")),
                article("wire-0322.txt", "Storm halts loadings at Black Sea terminal", "Steppe Wire", "2022-03-23",
                        "NOVOROSSIYSK, March 23 - Tanker loadings stopped after a storm damaged two of three moorings "
                                + "at the terminal. Repairs could take weeks, an industry source said.",
                        articleEvent("ev-cpc-1", "route_disruption", "Tanker loadings stopped after a storm damaged "
                                + "two of three moorings at the terminal.", "CPC disrupted (weather)")));
    }

    static PipelineSummary summary() {
        Map<String, Long> events = new LinkedHashMap<>();
        events.put("stance", 24L);
        events.put("route_disruption", 9L);
        events.put("sanction_statement", 7L);
        Map<String, Long> corroborated = new LinkedHashMap<>();
        corroborated.put("stance", 18L);
        corroborated.put("route_disruption", 6L);
        corroborated.put("sanction_statement", 5L);
        return new PipelineSummary(42, events, corroborated, 3, 2);
    }

    static RouteView route(String id, String name, String status, String since, long days, RouteIncident... incidents) {
        return new RouteView(id, name, status, since, days, List.of(incidents));
    }

    private static RouteIncident incident(String id, String date, String status, String cause, String magnitude,
            int sources, String... articles) {
        return new RouteIncident(id, date, status, cause, magnitude, sources, List.of(articles));
    }

    private static StanceWindow window(String start, String end, double score, long count, long aligning,
            long distancing, long neutral) {
        return new StanceWindow(start, end, score, count, aligning, distancing, neutral);
    }

    private static SanctionStatementView statement(String id, String speaker, String position, String regime,
            String date, String quote, String article) {
        return new SanctionStatementView(id, speaker, position, regime, date, quote, 1, List.of(article));
    }

    private static CorroboratedEvent stance(String id, String date, String actor, String target, String polarity,
            String topic, String evidence, String... articles) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actor", actor);
        fields.put("target", target);
        fields.put("polarity", polarity);
        fields.put("topic", topic);
        return new CorroboratedEvent(id, "stance", date, false, 0.82, evidence, fields, articles.length,
                List.of(articles), List.of("Steppe Wire"));
    }

    private static CorroboratedEvent route(String id, String date, String route, String status, String cause,
            String magnitude, String evidence, String... articles) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("route", route);
        fields.put("status", status);
        fields.put("cause", cause);
        fields.put("magnitude", magnitude);
        return new CorroboratedEvent(id, "route_disruption", date, false, 0.74, evidence, fields, articles.length,
                List.of(articles), List.of("Steppe Wire"));
    }

    private static CorroboratedEvent sanction(SanctionStatementView s, String actor) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actor", actor);
        fields.put("speaker", s.speaker());
        fields.put("position", s.position());
        fields.put("regime", s.regime());
        return new CorroboratedEvent(s.eventId(), "sanction_statement", s.date(), false, 0.7, s.quote(), fields,
                s.sources(), s.articles(), List.of("Desk Daily"));
    }

    private record Pending(String id, String type, String evidence, String summary) {
    }

    private static Pending articleEvent(String id, String type, String evidence, String summary) {
        return new Pending(id, type, evidence, summary);
    }

    // offsets are computed from the text, as the extractor reports them
    private static ArticleView article(String id, String title, String source, String published, String text,
            Pending... events) {
        List<ArticleView.ArticleEvent> found = new ArrayList<>();
        for (Pending e : events) {
            int start = text.indexOf(e.evidence());
            if (start < 0) {
                throw new IllegalArgumentException("evidence not in text: " + e.evidence());
            }
            found.add(new ArticleView.ArticleEvent(e.id(), e.type(), e.evidence(), start,
                    start + e.evidence().length(), e.summary()));
        }
        return new ArticleView(id, id, title, null, published, false, source, null, "en", text, found);
    }
}
