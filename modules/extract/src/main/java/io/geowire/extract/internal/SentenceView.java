package io.geowire.extract.internal;

import io.geowire.extract.learned.SentenceWords;

import java.util.Set;

/**
 * One sentence of an article as the learned stage sees it, for training and evaluation.
 *
 * @param start     offset of the sentence in the article text (inclusive)
 * @param end       offset (exclusive)
 * @param paragraph paragraph index
 * @param text      the sentence as written, white space collapsed (what the encoder reads)
 * @param flags     gazetteer flags, see {@link LearnedStage#FLAGS}
 * @param ruleTypes event types the rules found in this sentence
 * @param asserts   false for headlines and questions, which yield no events
 * @param words     the text masked and the party context, for the word features
 */
public record SentenceView(int start, int end, int paragraph, String text, double[] flags, Set<String> ruleTypes,
                           boolean asserts, SentenceWords words) {
}
