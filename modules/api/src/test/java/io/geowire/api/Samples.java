package io.geowire.api;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invented state for the HTTP tests (the sentences are made up for these tests). */
final class Samples {

    private Samples() {
    }

    static StanceView kazakhstanTowardsRussia() {
        return new StanceView("KAZ", "RUS", new StanceSummary(-0.4, 5, 1, 3, 1),
                List.of(new StanceWindow("2022-03-01", "2022-04-01", -0.5, 2, 0, 2, 0),
                        new StanceWindow("2022-06-01", "2022-07-01", 0.25, 3, 1, 1, 1)),
                List.of(new EvidenceRef("ev-17", "The foreign ministry said it saw no grounds to recognise the two "
                        + "self-declared republics.", "distancing", "2022-03-14", 2, List.of("a-01.txt", "b-07.html"))));
    }

    static StanceView kazakhstanTowardsTurkey() {
        return new StanceView("KAZ", "TUR", new StanceSummary(1.0, 1, 1, 0, 0),
                List.of(new StanceWindow("2022-05-01", "2022-06-01", 1.0, 1, 1, 0, 0)), List.of());
    }

    static RouteView cpc() {
        return new RouteView("CPC", "Caspian Pipeline Consortium", "disrupted", "2022-03-22", 31,
                List.of(new RouteIncident("ev-31", "2022-03-22", "disrupted", "weather", "two of three moorings",
                        3, List.of("c-02.txt", "c-03.txt", "d-11.jsonl"))));
    }

    static RouteView ktiRail() {
        return new RouteView("KTI_RAIL", "Kazakhstan-Turkmenistan-Iran railway", "operational", null, 0,
                List.of(new RouteIncident("ev-40", "2022-04-02", "alternative", null, null, 1, List.of("e-01.txt"))));
    }

    static SanctionsView kazakhstanLedger() {
        Map<String, Long> positions = new LinkedHashMap<>();
        positions.put("not_join", 1L);
        positions.put("refuse_circumvent", 2L);
        return new SanctionsView("KAZ", "refuse_circumvent", positions,
                List.of(new SanctionStatementView("ev-50", "A deputy minister", "refuse_circumvent", "USA,EU",
                        "2022-04-01", "The country will not become a back door for sanctioned goods, he said.", 2,
                        List.of("f-01.txt", "f-02.txt"))));
    }

    static CorroboratedEvent stanceEvent() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actor", "KAZ");
        fields.put("target", "RUS");
        fields.put("polarity", "distancing");
        fields.put("topic", "non-recognition");
        return new CorroboratedEvent("ev-17", "stance", "2022-03-14", false, 0.8,
                "The foreign ministry said it saw no grounds to recognise the two self-declared republics.",
                fields, 2, List.of("a-01.txt", "b-07.html"), List.of("Outlet One", "Outlet Two"));
    }

    static CorroboratedEvent routeEvent() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("route", "CPC");
        fields.put("status", "disrupted");
        fields.put("cause", "weather");
        fields.put("magnitude", "two of three moorings");
        return new CorroboratedEvent("ev-31", "route_disruption", "2022-03-22", true, 0.6,
                "Loadings reportedly stopped after a storm damaged moorings.", fields, 3,
                List.of("c-02.txt", "c-03.txt", "d-11.jsonl"), List.of("Outlet Three"));
    }

    static PipelineSummary summary() {
        Map<String, Long> events = new LinkedHashMap<>();
        events.put("stance", 12L);
        events.put("route_disruption", 4L);
        events.put("sanction_statement", 3L);
        Map<String, Long> corroborated = new LinkedHashMap<>();
        corroborated.put("stance", 9L);
        corroborated.put("route_disruption", 2L);
        corroborated.put("sanction_statement", 3L);
        return new PipelineSummary(21, events, corroborated, 2, 1);
    }
}
