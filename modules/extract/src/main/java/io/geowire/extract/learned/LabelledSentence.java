package io.geowire.extract.learned;

import java.util.Map;
import java.util.Set;

/**
 * A training or tuning example: one sentence with the event types it carries (empty: none), one label per type,
 * its modality, the gazetteer flags and the types the rules found in it.
 *
 * @param origin where it came from (article file or TSV line), for messages
 */
public record LabelledSentence(String text, double[] flags, Set<String> types, Map<String, String> labels,
                               String modality, Set<String> ruleTypes, String origin) {
}
