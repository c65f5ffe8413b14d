package io.geowire.cli;

import io.geowire.producer.ProduceSummary;
import io.geowire.streams.query.GeowireQueries;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.RouteView;
import io.geowire.streams.query.StancePair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-of-run report: what the state stores hold (the numbers users rely on), next to what the producer
 * says it sent, so anyone can see that they add up.
 */
final class RunSummary {

    private static final List<String> TYPES = List.of("stance", "route_disruption", "sanction_statement");

    private RunSummary() {
    }

    /** True when the stores account for every input and every event the producer sent in this run. */
    static boolean balanced(PipelineSummary state, ProduceSummary produced) {
        long eventsInState = TYPES.stream().mapToLong(t -> state.events().getOrDefault(t, 0L)).sum();
        return state.articles() == produced.articles()
                && state.duplicates() == produced.duplicates()
                && state.deadLetters() == produced.deadLetters()
                && eventsInState == produced.events();
    }

    static Map<String, Object> toMap(GeowireQueries queries, ProduceSummary produced, LocalPipeline pipeline,
            long elapsedMillis) {
        PipelineSummary state = queries.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", state.articles());
        m.put("events", byType(state.events()));
        m.put("dead_letters", state.deadLetters());
        m.put("duplicates", state.duplicates());
        m.put("inputs", state.articles() + state.duplicates() + state.deadLetters());
        // counted above where they entered; Streams could not carry them all the way (see dead-letters for why)
        m.put("streams_failures", pipeline.streams().streamsFailures());
        m.put("corroborated", byType(state.corroborated()));
        m.put("produced", Map.of("inputs", produced.inputs(), "articles", produced.articles(),
                "duplicates", produced.duplicates(), "dead_letters", produced.deadLetters(),
                "events", produced.events()));
        m.put("balanced", balanced(state, produced));
        m.put("top_stance_pairs", queries.stancePairs().stream().limit(5).map(RunSummary::pair).toList());
        m.put("routes", queries.routes().stream().map(RunSummary::route).toList());
        m.put("bootstrap", pipeline.bootstrap());
        m.put("api", pipeline.apiUrl());
        m.put("elapsed_ms", elapsedMillis);
        return m;
    }

    static String toText(Map<String, Object> m) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "articles %s, duplicates %s, dead letters %s; events %s (corroborated %s)%n",
                m.get("articles"), m.get("duplicates"), m.get("dead_letters"), m.get("events"), m.get("corroborated")));
        if (!Long.valueOf(0L).equals(m.get("streams_failures"))) {
            b.append("records Streams could not carry through (on dead-letters): ").append(m.get("streams_failures"))
                    .append(System.lineSeparator());
        }
        b.append("producer sent ").append(m.get("produced")).append(Boolean.TRUE.equals(m.get("balanced"))
                ? " - matches the state" : " - DOES NOT match the state").append(System.lineSeparator());
        b.append("top stance pairs: ").append(m.get("top_stance_pairs")).append(System.lineSeparator());
        b.append("routes: ").append(m.get("routes")).append(System.lineSeparator());
        b.append("took ").append(m.get("elapsed_ms")).append(" ms");
        return b.toString();
    }

    private static Map<String, Long> byType(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        TYPES.forEach(t -> ordered.put(t, counts.getOrDefault(t, 0L)));
        return ordered;
    }

    private static Map<String, Object> pair(StancePair p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actor", p.actor());
        m.put("target", p.target());
        m.put("score", Math.round(p.score() * 1000) / 1000.0);
        m.put("count", p.count());
        return m;
    }

    private static Map<String, Object> route(RouteView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("route", r.route());
        m.put("status", r.status());
        m.put("incidents", r.incidents().size());
        return m;
    }
}
