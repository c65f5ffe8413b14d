package io.geowire.extract.learned;

import java.util.Map;
import java.util.Set;

/**
 * A training or tuning example: one sentence with the event types it carries (empty: none), one label per type,
 * its modality, the gazetteer flags and the types the rules found in it.
 *
 * @param origin where it came from (article file or TSV line), for messages
 * @param words  its words for the word features (masked text, party context)
 */
public record LabelledSentence(String text, double[] flags, Set<String> types, Map<String, String> labels,
                               String modality, Set<String> ruleTypes, String origin, SentenceWords words) {
    /** A sentence whose words are read as written (no masked text, no party context). */
    public LabelledSentence(String text, double[] flags, Set<String> types, Map<String, String> labels,
                            String modality, Set<String> ruleTypes, String origin) {
        this(text, flags, types, labels, modality, ruleTypes, origin, SentenceWords.plain(text));
    }
}
