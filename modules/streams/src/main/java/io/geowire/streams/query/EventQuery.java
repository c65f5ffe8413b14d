package io.geowire.streams.query;

import java.time.LocalDate;

/** Filters for GET /api/events; null means "any". Results are newest first, at most {@code limit}. */
public record EventQuery(String type, String actor, LocalDate since, int limit) {
}
