package io.geowire.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.model.EventFields;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON form of an event with the contract's field names (one object per line in `extract` output). */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** Field map in contract order; fields not applicable to the event's type are left out. */
    public static Map<String, Object> toMap(ExtractedEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type());
        m.put("article", e.article());
        m.put("date", e.date());
        m.put("hedged", e.hedged());
        m.put("evidence", e.evidence());
        m.put("evidence_start", e.evidenceStart());
        m.put("evidence_end", e.evidenceEnd());
        m.put("confidence", e.confidence());
        switch (e.type()) {
            case EventFields.STANCE -> {
                m.put("actor", e.actor());
                m.put("target", e.target());
                m.put("polarity", e.polarity());
                m.put("topic", e.topic());
            }
            case EventFields.ROUTE_DISRUPTION -> {
                m.put("route", e.route());
                m.put("status", e.status());
                m.put("cause", e.cause());
                m.put("magnitude", e.magnitude());
            }
            default -> {
                m.put("actor", e.actor());
                m.put("speaker", e.speaker());
                m.put("position", e.position());
                m.put("regime", e.regime());
            }
        }
        m.put("extractor_version", e.extractorVersion());
        return m;
    }

    /** One line of JSON (no trailing newline). */
    public static String toJsonLine(ExtractedEvent e) {
        try {
            return MAPPER.writeValueAsString(toMap(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event cannot be written as JSON", ex);
        }
    }
}
