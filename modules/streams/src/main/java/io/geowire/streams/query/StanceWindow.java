package io.geowire.streams.query;

/** The stance index of one event-time window; start inclusive, end exclusive, both YYYY-MM-DD. */
public record StanceWindow(String start, String end, double score, long count, long aligning, long distancing,
        long neutral) {
}
