package io.geowire.extract.internal;

/**
 * A leaving or withdrawing word that states no stance (settings.tsv {@code background_checks} {@code departure};
 * issue 11, stance direction, helper xdir). {@code S_LEAVE} reads "leave", "left", "withdraw" as a party quitting
 * another; on the train and dev splits 15 of its 86 stances were right. Most of the others were:
 * <ul>
 *   <li>a trip or a cargo leaving a place: "Lula left Beijing on Saturday with 15 signed agreements", "before leaving
 *   Tehran", "cargoes continued to leave Ceyhan for Israeli ports", "Putin left for Vietnam";</li>
 *   <li>what is left over, or a result: "Warsaw has about a dozen of the jets left from Soviet stocks", "one of the few
 *   ways left for Russians", "That left Germany, where the pipelines make landfall", "Russia will be left with its
 *   embassy", "the first left-wing president";</li>
 *   <li>troops withdrawing: "demanded that Russia withdraw its forces from Ukraine", "the withdrawal of Russian
 *   forces from the area", "demanded that Russia withdraw from Ukraine": a military movement the sentence reports,
 *   not one state's position on another.</li>
 * </ul>
 * Quitting a bloc, a forum, a bank or a treaty ("left the Collective Security Treaty Organization", "pull out of the
 * Russian-controlled International Investment Bank") and an envoy told to leave a country ("told Russia's ambassador
 * to leave the country") still count.
 */
final class Departures {
    private Departures() {
    }

    /** How many words after "withdraw" the troops it moves may be named ("withdraw all of its remaining forces"). */
    private static final int TROOP_REACH = 5;

    /** True when the trigger at {@code tr} reads as a departure, a remainder or a troop withdrawal. */
    static boolean departure(NormSentence s, Trigger tr, Lexicon lex, Cues cues) {
        String word = s.toks.get(tr.tok()).norm;
        if (word.startsWith("withdraw")) {
            return troopsAfter(s, tr.endTok(), cues) || fromState(s, tr.endTok() + 1, lex);
        }
        if (!cues.isWord("departure_word", word)) {
            return false;
        }
        int next = tr.endTok() + 1;
        if (word.equals("left") && (next >= s.size() || s.toks.get(next).kind == Tok.Kind.PUNCT)) {
            // "has 42 F-16s left, some of them ...", "left-wing": a remainder, no party quits ("had no plans to leave."
            // is a stance: the negated quitting keeps its reading)
            return true;
        }
        if (tr.tok() > 0 && word.equals("left") && cues.isWord("remainder_before", s.toks.get(tr.tok() - 1).norm)) {
            return true; // "That left Germany", "will be left with"
        }
        Tok n = s.toks.get(next);
        if (n.kind == Tok.Kind.WORD && cues.isWord("departure_next", n.norm)) {
            return true; // "left for Vietnam", "leave through a single pipeline", "left from Soviet stocks"
        }
        return leavesPlace(s, next, lex, cues) && !envoy(s, tr, cues);
    }

    /**
     * "left Beijing", "leave Ceyhan", "left the Chinese city of Xi'an": a state, capital or place (not a bloc) or a
     * word of a place follows the trigger, after an optional "the".
     */
    private static boolean leavesPlace(NormSentence s, int next, Lexicon lex, Cues cues) {
        int k = next < s.size() && s.toks.get(next).norm.equals("the") ? next + 1 : next;
        if (k >= s.size()) {
            return false;
        }
        Tok t = s.toks.get(k);
        if (t.kind == Tok.Kind.PLACE) {
            return true;
        }
        if (t.kind == Tok.Kind.ACTOR && !t.adjective) {
            // "will not leave Moldova alone" is help; "leave Russia's orbit" is about Russia
            String after = k + 1 < s.size() ? s.toks.get(k + 1).norm : "";
            return !lex.isOrganisation(t.id) && !after.equals("'s") && !after.equals("alone");
        }
        if (t.kind == Tok.Kind.ACTOR && k + 1 < s.size()) {
            t = s.toks.get(k + 1); // "the Chinese city of ...", "the Russian capital"
        }
        return t.kind == Tok.Kind.WORD && cues.isWord("departure_place", t.norm);
    }

    /** An ambassador, diplomats or an embassy before the trigger: "told Russia's ambassador to leave the country". */
    private static boolean envoy(NormSentence s, Trigger tr, Cues cues) {
        for (int i = 0; i < tr.tok(); i++) {
            if (cues.isWord("envoy_word", s.toks.get(i).norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "demanded that Russia withdraw from Ukraine": withdrawing from a state (not a bloc, a treaty or a format) is
     * leaving its territory, which the sentence reports as an act of war, not as one state's position on another.
     */
    private static boolean fromState(NormSentence s, int next, Lexicon lex) {
        if (next + 1 >= s.size() || !s.toks.get(next).norm.equals("from")) {
            return false;
        }
        Tok t = s.toks.get(next + 1);
        return t.kind == Tok.Kind.ACTOR && !t.adjective && !lex.isOrganisation(t.id)
                && !(next + 2 < s.size() && s.toks.get(next + 2).norm.equals("'s"));
    }

    /** "withdraw its forces", "the withdrawal of Russian troops", "withdraw all border guards". */
    private static boolean troopsAfter(NormSentence s, int from, Cues cues) {
        for (int i = from + 1; i < Math.min(s.size(), from + 1 + TROOP_REACH); i++) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.PUNCT) {
                return false;
            }
            if (t.kind == Tok.Kind.WORD && cues.isWord("withdrawn_troops", t.norm)) {
                return true;
            }
        }
        return false;
    }
}
