package io.geowire.extract;

import java.util.List;
import java.util.Map;

/**
 * What the extractor did with each sentence of one article, for explaining why an expected event is missing
 * ({@code ./geowire evaluate --explain}): the sentences with their offsets, whether they assert anything, the rules
 * whose pattern matched, the learned stage's calibrated probability and threshold per type, and every candidate
 * event it drafted with what became of it. Recording it costs a few objects per sentence; extraction without a
 * trace records nothing.
 *
 * @param article   the article's name
 * @param text      the text the extractor read (after ingestion's cleaning)
 * @param sentences the sentences in text order
 * @param events    the events the article finally gave
 */
public record ExtractionTrace(String article, String text, List<SentenceTrace> sentences, List<ExtractedEvent> events) {

    /**
     * One sentence.
     *
     * @param start       offset of its first character
     * @param end         offset after its last character
     * @param asserts     false for a headline line or a question, which give no events
     * @param encoded     the learned stage read it (it names a tracked party, follows one, or holds a rule event)
     * @param probability per event type, the calibrated probability the classifier gave (encoded sentences only)
     * @param threshold   per event type, the probability from which the classifier adds an event
     * @param rules       ids of the rules whose pattern matched, in matching order
     * @param ruleEvents  ids of the events the rules gave in the sentence (before any veto)
     * @param steps       what became of each event drafted for the sentence, in order
     */
    public record SentenceTrace(int start, int end, boolean asserts, boolean encoded, Map<String, Double> probability,
                                Map<String, Double> threshold, List<String> rules, List<String> ruleEvents,
                                List<Step> steps) {
    }

    /**
     * One decision about a candidate event of a sentence.
     *
     * @param type    event type
     * @param keys    its key fields in the scorer's order (actor, target, polarity; route, status; actor, position),
     *                empty when it never had fields
     * @param outcome {@code emitted}, or why not: {@code no_actor}, {@code no_target}, {@code no_route},
     *                {@code denied}, {@code check:NAME}, {@code repeated_keys}, {@code duplicate},
     *                {@code vetoed:NAME}, {@code not_a_stance}
     * @param context for a stance whose actor or target only the story gives ({@code context_parties}), the context
     *                gate's features by name (internal.ContextGate); empty for any other
     */
    public record Step(String type, List<String> keys, String outcome, Map<String, Double> context) {
        public Step(String type, List<String> keys, String outcome) {
            this(type, keys, outcome, Map.of());
        }
    }
}
