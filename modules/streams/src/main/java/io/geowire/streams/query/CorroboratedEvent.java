package io.geowire.streams.query;

import java.util.List;
import java.util.Map;

/**
 * GET /api/events: one real-world event, possibly reported by several articles. {@code fields} holds the
 * type's vocabulary fields (actor, target, polarity, topic | route, status, cause, magnitude | actor,
 * speaker, position, regime) by their vocabulary names.
 */
public record CorroboratedEvent(String id, String type, String date, boolean hedged, double confidence,
        String evidence, Map<String, String> fields, int sources, List<String> articles, List<String> outlets) {
}
