package io.geowire.streams.query;

/** One row of GET /api/stance/pairs. */
public record StancePair(String actor, String target, double score, long count) {
}
