package io.geowire.streams.query;

/** Stance index over some span of event time. Score is the weighted mean polarity in [-1, 1]. */
public record StanceSummary(double score, long count, long aligning, long distancing, long neutral) {
}
