package io.geowire.streams.query;

import java.util.Map;

/**
 * What the state stores say went through the pipeline; `run --once --json` prints it.
 *
 * @param articles      distinct articles processed (re-sent articles count once)
 * @param events        distinct extracted events per type, as aggregated
 * @param corroborated  distinct real-world events per type after corroboration
 * @param deadLetters   records on the dead-letters topic
 * @param duplicates    articles recorded as duplicates (exact or spun copies)
 */
public record PipelineSummary(long articles, Map<String, Long> events, Map<String, Long> corroborated,
        long deadLetters, long duplicates) {
}
