package io.geowire.streams.query;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

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

    /** The whole application's summary from each instance's part (partitions are disjoint, so counts add). */
    public static PipelineSummary sum(Collection<PipelineSummary> parts) {
        Map<String, Long> events = new TreeMap<>();
        Map<String, Long> corroborated = new TreeMap<>();
        long articles = 0;
        long deadLetters = 0;
        long duplicates = 0;
        for (PipelineSummary part : parts) {
            articles += part.articles();
            deadLetters += part.deadLetters();
            duplicates += part.duplicates();
            part.events().forEach((k, v) -> events.merge(k, v, Long::sum));
            part.corroborated().forEach((k, v) -> corroborated.merge(k, v, Long::sum));
        }
        return new PipelineSummary(articles, events, corroborated, deadLetters, duplicates);
    }
}
