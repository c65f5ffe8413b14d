package io.geowire.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * The party a sentence calls a partner, ally or friend ("Kazakhstan is a reliable partner for Germany", "Russia is
 * our strategic ally", "Norway and Denmark have shown that they are reliable partners"): the one praised is the
 * target of the aligning stance; whoever says it, or the party it is a partner "of"/"for", is the actor. In the
 * gold of train and dev, every aligning stance whose evidence says "X is a ... partner/ally" has X as its target
 * (11 of 11). The ranker read X, the sentence's subject, as the actor.
 */
final class PraisedParty {
    private static final Set<String> NOUNS = Set.of("partner", "partners", "ally", "allies", "friend", "friends");
    /** Words that may stand between the copula and the noun ("is our most important strategic partner"). */
    private static final Set<String> MODIFIERS = Set.of("a", "an", "the", "our", "its", "their", "his", "her", "most",
            "very", "reliable", "strategic", "trusted", "important", "key", "true", "good", "close", "closest",
            "natural", "main", "valuable", "privileged", "dependable", "historic", "long", "-", "standing", "and",
            "old", "great", "major", "loyal");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain", "be");
    /** Words between the subject and the copula ("has proven to be", "have shown that they are"). */
    private static final Set<String> BEFORE_COPULA = Set.of("has", "have", "had", "proven", "proved", "to",
            "shown", "showed", "that", "they", "been", "always", "also", "still");
    private static final int REACH = 5;

    private PraisedParty() {
    }

    /** The praised party and its noun's position, or null when the sentence praises none. */
    record Praise(List<String> parties, int noun) {
    }

    static Praise in(NormSentence s) {
        for (int n = 0; n < s.size(); n++) {
            if (!NOUNS.contains(s.toks.get(n).norm)) {
                continue;
            }
            int c = skipBack(s, n - 1, MODIFIERS);
            if (c < 0 || !COPULAS.contains(s.toks.get(c).norm)) {
                continue;
            }
            int x = skipBack(s, c - 1, BEFORE_COPULA);
            if (x >= 0 && s.toks.get(x).kind == Tok.Kind.ACTOR) {
                return new Praise(FieldRanker.coordinatedAt(s, x, s.toks.get(x).id), n);
            }
        }
        return null;
    }

    /** The party the praised one is a partner "of" or "for" ("a reliable partner for Germany"), or null. */
    static String owner(NormSentence s, Praise p) {
        int i = p.noun() + 1;
        if (i + 1 < s.size() && (s.toks.get(i).norm.equals("of") || s.toks.get(i).norm.equals("for"))) {
            int k = s.toks.get(i + 1).norm.equals("the") ? i + 2 : i + 1;
            if (k < s.size() && s.toks.get(k).kind == Tok.Kind.ACTOR && !p.parties().contains(s.toks.get(k).id)) {
                return s.toks.get(k).id;
            }
        }
        return null;
    }

    private static int skipBack(NormSentence s, int from, Set<String> words) {
        int i = from;
        int skipped = 0;
        while (i >= 0 && skipped < REACH && words.contains(s.toks.get(i).norm)) {
            i--;
            skipped++;
        }
        return i;
    }
}
