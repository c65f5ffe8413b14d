package io.geowire.streams.query;

import java.util.Map;

/**
 * What the state stores say went through the pipeline; `run --once --json` prints it.
 *
 * @param articles        distinct articles processed (re-sent articles count once)
 * @param events          distinct extracted events per type, as aggregated
 * @param corroborated    distinct real-world events per type after corroboration
 * @param deadLetters     inputs rejected, by source: records on the dead-letters topic from ingest, extract, the
 *                        producer, or Streams' decode step (each an input that was never processed)
 * @param duplicates      articles recorded as duplicates (exact or spun copies)
 * @param streamsFailures records Streams counted when they entered but could not carry all the way through (an
 *                        exception handler sent them to dead-letters; stages streams-deserialize, -process,
 *                        -produce); they are not inputs of their own, so they stay out of the balance
 */
public record PipelineSummary(long articles, Map<String, Long> events, Map<String, Long> corroborated,
        long deadLetters, long duplicates, long streamsFailures) {

    /** Without failures (e.g. a summary merged from instances that do not report them). */
    public PipelineSummary(long articles, Map<String, Long> events, Map<String, Long> corroborated,
            long deadLetters, long duplicates) {
        this(articles, events, corroborated, deadLetters, duplicates, 0L);
    }
}
