package io.geowire.cli;

import io.geowire.extract.ExtractedEvent;
import io.geowire.producer.SourceOffsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** The {@code extract} output contract: one object per event, field names as in the shared vocabulary. */
final class EventJson {

    private EventJson() {
    }

    static Map<String, Object> toMap(ExtractedEvent e, SourceOffsets offsets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type());
        m.put("article", e.article());
        switch (e.type()) {
            case "stance" -> {
                m.put("actor", e.actor());
                m.put("target", e.target());
                m.put("polarity", e.polarity());
                m.put("topic", e.topic());
            }
            case "route_disruption" -> {
                m.put("route", e.route());
                m.put("status", e.status());
                m.put("cause", e.cause());
                m.put("magnitude", e.magnitude());
            }
            case "sanction_statement" -> {
                m.put("actor", e.actor());
                m.put("speaker", e.speaker());
                m.put("position", e.position());
                m.put("regime", e.regime());
            }
            default -> m.put("unknown_type", true);
        }
        m.put("date", e.date());
        m.put("hedged", e.hedged());
        m.put("evidence", e.evidence());
        m.put("evidence_start", valueOrNull(offsets.toSource(e.evidenceStart())));
        m.put("evidence_end", valueOrNull(offsets.toSource(e.evidenceEnd())));
        m.put("confidence", e.confidence());
        m.put("extractor_version", e.extractorVersion());
        return m;
    }

    /** A one-line human reading of an event for {@code --format text}. */
    static String toText(ExtractedEvent e) {
        String what = switch (e.type()) {
            case "stance" -> e.actor() + " " + e.polarity() + " " + e.target();
            case "route_disruption" -> e.route() + " " + e.status() + (e.cause() == null ? "" : " (" + e.cause() + ")");
            case "sanction_statement" -> e.actor() + " " + e.position()
                    + (e.speaker() == null ? "" : " [" + e.speaker() + "]");
            default -> e.type();
        };
        return String.format(java.util.Locale.ROOT, "%s  %-18s %-40s %s%s  \"%s\"", e.article(), e.type(), what,
                e.date() == null ? "-" : e.date(), e.hedged() ? " hedged" : "", e.evidence());
    }

    private static Integer valueOrNull(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
