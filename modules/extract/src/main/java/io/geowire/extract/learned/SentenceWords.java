package io.geowire.extract.learned;

import java.util.Set;

/**
 * What the word features of a sentence are read from: its text; the same text with every named party, person, route
 * and place replaced by a placeholder word ("Country", "National" for a demonym, "Person", "Route", "City"); and the names of the
 * {@link LexicalFeatures#PARTY_CONTEXT} features the gazetteer found true for it.
 *
 * <p>Why masked words: with the names in, a head learns which countries stance sentences name in the training
 * articles (thousands of sentences, a few dozen countries); with placeholders it learns the wording around any
 * party ("Country signed", "relations with Country"), which carries over to articles about other countries.
 *
 * @param text    the sentence as written (white space collapsed)
 * @param masked  the sentence with mentions replaced; equal to {@code text} where no gazetteer was at hand
 * @param context names of the party-context features that hold
 */
public record SentenceWords(String text, String masked, Set<String> context) {
    public SentenceWords {
        context = Set.copyOf(context);
    }

    /** Words of a sentence with no gazetteer reading: masked = text, no context. */
    public static SentenceWords plain(String text) {
        return new SentenceWords(text, text, Set.of());
    }
}
