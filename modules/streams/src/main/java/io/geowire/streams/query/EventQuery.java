package io.geowire.streams.query;

import java.time.LocalDate;

/**
 * Filters for GET /api/events; null means "any", a {@code minConfidence} of 0 keeps every event. Results are newest
 * first, at most {@code limit}.
 */
public record EventQuery(String type, String actor, LocalDate since, int limit, double minConfidence) {

    /** Every confidence. */
    public EventQuery(String type, String actor, LocalDate since, int limit) {
        this(type, actor, since, limit, 0.0);
    }
}
