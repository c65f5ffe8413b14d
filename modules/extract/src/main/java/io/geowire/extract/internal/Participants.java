package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Who acts and towards whom: subject heuristics (subject-like mentions, generic subjects, pronouns, coordination,
 * quotes), target strategies (object, troops, counterpart, context pairs) and the article's focus state.
 */
final class Participants {
    private final ArticleState st;
    private final Lexicon lex;
    private final Cues cues;

    Participants(ArticleState st, Lexicon lex, Cues cues) {
        this.st = st;
        this.lex = lex;
        this.cues = cues;
    }

    /** Neutrality: the counterpart of whoever declares it (the article's other main state), else a named party. */
    List<Pick> counterpart(Rule r, NormSentence s, Matcher m, Trigger tr) {
        Pick a = actor(r, s, m, tr, null);
        List<Pick> out = new ArrayList<>();
        if (a != null) {
            String other = a.id().equals(st.secondary) ? st.focus : st.secondary;
            if (other != null && !other.equals(a.id()) && mentionedNear(s, other)) {
                out.add(new Pick(other, false, null, false));
            }
        }
        out.addAll(targets(r, s, m, tr));
        return out;
    }

    /** True if the actor is named in this sentence or one of the three before it. */
    private boolean mentionedNear(NormSentence s, String id) {
        for (int back = 0; back <= 3; back++) {
            NormSentence p = s.index - back >= 0 ? st.sents.get(s.index - back) : null;
            if (p == null) {
                return false;
            }
            for (Tok t : p.toks) {
                if (t.hasId(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Pick> targets(Rule r, NormSentence s, Matcher m, Trigger tr) {
        List<Pick> out = new ArrayList<>();
        String group = r.hasGroup("t") && m.group("t") != null ? "t"
                : r.hasGroup("t2") && m.group("t2") != null ? "t2" : null;
        if (group != null) {
            int i = s.tokenAt(m.start(group));
            // "the Russian-led CSTO": the organisation, not its leader, is the target
            if (isModifier(s, i) && i + 3 < s.size() && s.toks.get(i + 3).kind == Tok.Kind.ACTOR) {
                i += 3;
            }
            addTarget(out, s.toks.get(i), true);
            return out;
        }
        String strategy = r.target();
        if (strategy.startsWith("fixed:")) {
            out.add(new Pick(strategy.substring(6), true, null, false));
            return out;
        }
        if (strategy.equals("troops")) {
            return nearTroops(s);
        }
        List<Pick> modifiers = new ArrayList<>();
        List<Pick> locations = new ArrayList<>();
        for (int i = tr.endTok() + 1; i <= tr.clauseEnd(); i++) {
            if (!isAgent(s, i)) {
                boolean demoted = isModifier(s, i) && !qualifiesObject(s, tr.endTok(), i);
                addTarget(demoted ? modifiers : isLocation(s, i) ? locations : out, s.toks.get(i), true);
            }
        }
        out.addAll(modifiers);
        // before the trigger in its clause, in reading order ("X, Y and Z signed" -> Y, Z are partners of X);
        // only subject-like mentions, and not the focus state, which is the likely co-subject
        for (int i = tr.clauseStart(); i < tr.tok(); i++) {
            if (!s.toks.get(i).hasId(st.focus) && subjectLike(s, i)) {
                addTarget(out, s.toks.get(i), true);
            }
        }
        if (r.flag("context") && cues.any("anaphor_pair", s.text, charStart(s, tr.clauseStart()), charEnd(s, tr.clauseEnd()))) {
            for (int back = 1; back <= 2; back++) {
                NormSentence p = st.previous(s, back);
                if (p != null) {
                    for (int i = 0; i < p.size(); i++) {
                        if (i == 0 || !cues.isWord("weak_preposition", p.toks.get(i - 1).norm)) {
                            addTarget(out, p.toks.get(i), false);
                        }
                    }
                }
            }
        }
        out.addAll(locations);
        boolean local = r.flag("local");
        for (int i = tr.clauseEnd() + 1; i < s.size() && !local; i++) {
            if (!isAgent(s, i)) {
                addTarget(out, s.toks.get(i), false);
            }
        }
        for (int i = tr.clauseStart() - 1; i >= 0 && !local; i--) {
            addTarget(out, s.toks.get(i), false);
        }
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.PLACE) {
                out.add(new Pick(t.id, false, t, false));
            }
        }
        carryOver(s, out);
        if (r.flag("fallback") && st.secondary != null) {
            out.add(new Pick(st.secondary, false, null, false));
            out.add(new Pick(st.focus, false, null, false));
        }
        return out;
    }

    /**
     * "Meredov met Bayramov in Ashgabat. The ministers agreed to deepen cooperation": a partner named only in the
     * previous sentence of the paragraph, most recent mention first; inferred, so it lowers the confidence, and it
     * comes after every candidate of the sentence itself.
     */
    private void carryOver(NormSentence s, List<Pick> out) {
        NormSentence p = st.previous(s, 1);
        if (p == null) {
            return;
        }
        for (int i = p.size() - 1; i >= 0; i--) {
            Tok t = p.toks.get(i);
            if (t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION) {
                out.add(new Pick(t.id, false, t, false));
            }
        }
    }

    /** Actors ranked by distance to a word like "troops" or "help" (whose troops were invited or requested). */
    private List<Pick> nearTroops(NormSentence s) {
        List<int[]> ranked = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.toks.get(i).kind != Tok.Kind.ACTOR) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (int k = Math.max(0, i - 4); k < Math.min(s.size(), i + 5); k++) {
                if (cues.isWord("troop_words", s.toks.get(k).norm)) {
                    best = Math.min(best, Math.abs(k - i) + (k < i ? 1 : 0));
                }
            }
            if (best != Integer.MAX_VALUE) {
                ranked.add(new int[] {best, i});
            }
        }
        ranked.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<Pick> out = new ArrayList<>();
        for (int[] r : ranked) {
            out.add(new Pick(s.toks.get(r[1]).id, true, s.toks.get(r[1]), false));
        }
        return out;
    }

    /** "seen by Moscow as acceptable": the agent of a passive is not the partner. */
    private static boolean isAgent(NormSentence s, int i) {
        return i > 0 && s.toks.get(i - 1).norm.equals("by");
    }

    /** "signed an agreement in Washington": a place where something happens is a weak partner. */
    private static boolean isLocation(NormSentence s, int i) {
        if (i == 0) {
            return false;
        }
        String prev = s.toks.get(i - 1).norm;
        return prev.equals("in") || prev.equals("at") || prev.equals("near");
    }

    /** Words that may stand between a trigger and the noun phrase of its object ("pull out of the"). */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "its", "their",
            "his", "her", "of", "from", "out", "in", "to", "with");
    /** How far after an "X-led" the bloc it qualifies may be named ("the Russian-led Collective Security Treaty"). */
    private static final int NAMED_GROUP_REACH = 6;

    /**
     * "pull out of the Russian-controlled International Investment Bank", "leaving the China-led cooperation forum":
     * the "X-led/-controlled" mention opens the trigger's own object and no bloc of the gazetteer is named after it, so
     * X is what the act is about (xdir). Elsewhere such a mention only qualifies a party and comes after the others.
     */
    private boolean qualifiesObject(NormSentence s, int triggerEnd, int i) {
        for (int k = triggerEnd + 1; k < i; k++) {
            if (!OBJECT_OPENERS.contains(s.toks.get(k).norm)) {
                return false;
            }
        }
        for (int k = i + 3; k < Math.min(s.size(), i + 3 + NAMED_GROUP_REACH); k++) {
            Tok t = s.toks.get(k);
            if (t.kind == Tok.Kind.PUNCT) {
                break;
            }
            if (t.kind == Tok.Kind.ACTOR && lex.isOrganisation(t.id)) {
                return false; // "the Russian-led Collective Security Treaty Organization": the bloc is named
            }
        }
        return true;
    }

    /** "Russia-dominated CSTO": the first actor only qualifies the second. */
    private static boolean isModifier(NormSentence s, int i) {
        return i + 2 < s.size() && s.toks.get(i + 1).norm.equals("-") && s.toks.get(i + 2).kind == Tok.Kind.WORD
                && (s.toks.get(i + 2).norm.endsWith("ed") || s.toks.get(i + 2).norm.equals("led"));
    }

    private static void addTarget(List<Pick> out, Tok t, boolean explicit) {
        switch (t.kind) {
            case ACTOR, AFFILIATION -> out.add(new Pick(t.id, explicit, t, false));
            case ANTI -> out.add(new Pick(t.id, explicit, t, true));
            default -> { }
        }
    }

    Pick actor(Rule r, NormSentence s, Matcher m, Trigger tr, String exclude) {
        if (r.hasGroup("a") && m.group("a") != null) {
            Tok t = s.toks.get(s.tokenAt(m.start("a")));
            return t.kind == Tok.Kind.ACTOR ? new Pick(t.id, true, t, false) : null;
        }
        Quotes.Quote q = st.quotes.at(s.toks.get(tr.tok()).start);
        if (q != null && q.actor() != null && !q.actor().equals(exclude)) {
            return new Pick(q.actor(), true, null, false);
        }
        Pick p = subjectBefore(s, tr.tok() - 1, tr.clauseStart(), exclude);
        if (p != null) {
            return p;
        }
        p = relativeAntecedent(s, tr.clauseStart(), exclude);
        if (p != null) {
            return p;
        }
        int clauseFrom = charStart(s, tr.clauseStart());
        int trigAt = charStart(s, tr.tok());
        if (cues.any("generic_subject", s.text, clauseFrom, trigAt)) {
            String local = localFocus(s);
            if (local != null && !local.equals(exclude)) {
                return new Pick(local, false, null, false);
            }
        }
        // a pronoun ("and announced it would leave") refers to the subject of an earlier clause
        p = earlierSubject(s, tr.clauseStart() - 1, exclude);
        if (p != null) {
            return new Pick(p.id(), cues.any("pronoun_subject", s.text, clauseFrom, trigAt), p.tok(), false);
        }
        if (st.focus != null && !st.focus.equals(exclude)) {
            return new Pick(st.focus, false, null, false);
        }
        return null;
    }

    /** How far before its speech verb the speaking party may stand ("Kaja Kallas, the EU's foreign policy chief, said"). */
    private static final int SPEAKER_REACH = 10;

    /**
     * The party that speaks in a reported statement before token {@code before}: the nearest speech verb ("said",
     * "told", "warned") and the nearest state or organisation before it that can be a subject (a named person of
     * it, "Lithuanian Foreign Minister ...", "Hungary's government has said"). A position on sanctions belongs to
     * whoever states it ("X's minister said the EU should impose sanctions" is X calling for them), not to the
     * party the reported clause names. Null when no speech verb or no such party is found.
     */
    String speechSubject(NormSentence s, int before) {
        for (int v = Math.min(before, s.size()) - 1; v > 0; v--) {
            Tok verb = s.toks.get(v);
            if (verb.kind != Tok.Kind.WORD || !cues.isWord("speech", verb.norm)) {
                continue;
            }
            for (int i = v - 1; i >= Math.max(0, v - SPEAKER_REACH); i--) {
                Tok t = s.toks.get(i);
                if (t.kind == Tok.Kind.PUNCT && !t.norm.equals(",")) {
                    return null;
                }
                if (t.kind == Tok.Kind.ACTOR) {
                    return t.person != null || subjectLike(s, i) ? t.id : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The state a sentence opened by a pronoun subject speaks of ("It declined to host CSTO exercises this year.",
     * cues.tsv {@code pronoun_subject}): the state that opened one of the two previous sentences of the paragraph,
     * else the article's focus. Null for a sentence opened otherwise. Generic subjects ("the government", "the Head
     * of State") and "we" were measured too and not kept: on train they gave three wrong stances for each right one.
     */
    String pronounState(NormSentence s) {
        return s.size() > 0 && cues.isWord("pronoun_subject", s.toks.get(0).norm) ? localFocus(s) : null;
    }

    /** How far into its sentence a pronoun may stand and still be its subject ("In January 2023 it declined"). */
    private static final int PRONOUN_REACH = 6;

    /**
     * As {@link #pronounState}, for a pronoun subject after an opening phrase too ("In January 2023 it declined to host
     * the drills", "On Monday they said"): a cues.tsv {@code pronoun_subject} word among the first few tokens, in
     * subject position, before any party the sentence names. Null otherwise.
     */
    String openingPronounState(NormSentence s) {
        for (int i = 0; i < Math.min(s.size(), PRONOUN_REACH); i++) {
            Tok t = s.toks.get(i);
            if (t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.PUNCT) {
                return null;
            }
            if (cues.isWord("pronoun_subject", t.norm) && subjectLike(s, i)) {
                return localFocus(s);
            }
        }
        return null;
    }

    /**
     * Who "the country" is: the state that opened one of the two previous sentences of the paragraph (news digests
     * change subject by paragraph), else the article's focus state.
     */
    private String localFocus(NormSentence s) {
        // "In Uzbekistan, sources said the government ...": the opening place names the country
        if (s.size() > 2 && s.toks.get(0).norm.equals("in") && s.toks.get(1).kind == Tok.Kind.ACTOR
                && !lex.isOrganisation(s.toks.get(1).id) && s.toks.get(2).norm.equals(",")) {
            return s.toks.get(1).id;
        }
        for (int back = 1; back <= 2; back++) {
            NormSentence p = st.previous(s, back);
            if (p == null) {
                break;
            }
            for (int i = 0; i < Math.min(p.size(), 8); i++) {
                Tok t = p.toks.get(i);
                if (t.kind == Tok.Kind.ACTOR && !lex.isOrganisation(t.id) && subjectLike(p, i)) {
                    return t.id;
                }
            }
        }
        return st.focus;
    }

    /** Subject of the nearest earlier clause: a subject-like actor, or the focus for "the nation"/"authorities". */
    private Pick earlierSubject(NormSentence s, int from, String exclude) {
        int end = from;
        while (end >= 0) {
            int start = SentenceRules.clauseStart(s, end);
            Pick p = subjectBefore(s, end, start, exclude);
            if (p == null) {
                p = relativeAntecedent(s, start, exclude);
            }
            if (p != null) {
                return p;
            }
            if (st.focus != null && !st.focus.equals(exclude)
                    && cues.any("generic_subject", s.text, charStart(s, start), charEnd(s, end))) {
                return new Pick(st.focus, false, null, false);
            }
            end = start - 1;
        }
        return null;
    }

    /**
     * "... depends on Armenia, which has said it wants to join the EU": a clause opened by "which" or "who" right
     * after a state or organisation speaks of that party, wherever the party stands in its own clause. Null when the
     * clause opens otherwise.
     */
    private Pick relativeAntecedent(NormSentence s, int clauseStart, String exclude) {
        int w = clauseStart;
        if (w < s.size() && s.toks.get(w).norm.equals(",")) {
            w++;
        }
        if (w >= s.size() || !(s.toks.get(w).norm.equals("which") || s.toks.get(w).norm.equals("who"))) {
            return null;
        }
        int a = w - 1;
        if (a >= 0 && s.toks.get(a).norm.equals(",")) {
            a--;
        }
        if (a < 0) {
            return null;
        }
        Tok t = s.toks.get(a);
        return t.kind == Tok.Kind.ACTOR && !t.id.equals(exclude) ? new Pick(t.id, true, t, false) : null;
    }

    /** The nearest actor mention in tokens [to, from] (scanning backwards) that can be a subject. */
    private Pick subjectBefore(NormSentence s, int from, int to, String exclude) {
        for (int i = from; i >= to; i--) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ACTOR && !t.id.equals(exclude) && subjectLike(s, i)) {
                String coordinated = focusInCoordination(s, i, exclude);
                return new Pick(coordinated != null ? coordinated : t.id, true, t, false);
            }
        }
        return null;
    }

    /**
     * In "Kazakhstan, Azerbaijan and Turkey signed", the article's focus state is the one to credit, unless a named
     * person of one of the coordinated states speaks in the sentence ("Aliyev said Baku and Tbilisi would ...").
     */
    private String focusInCoordination(NormSentence s, int i, String exclude) {
        java.util.Set<String> coordinated = new java.util.HashSet<>();
        coordinated.add(s.toks.get(i).id);
        int k = i;
        while (k - 2 >= 0 && (s.toks.get(k - 1).norm.equals(",") || s.toks.get(k - 1).norm.equals("and"))
                && s.toks.get(k - 2).kind == Tok.Kind.ACTOR) {
            k -= 2;
            coordinated.add(s.toks.get(k).id);
        }
        if (coordinated.size() < 2) {
            return null;
        }
        for (Tok t : s.toks) {
            if (t.person != null && coordinated.contains(t.id) && !t.id.equals(exclude)) {
                return t.id;
            }
        }
        return st.focus != null && !st.focus.equals(exclude) && coordinated.contains(st.focus) ? st.focus : null;
    }

    boolean subjectLike(NormSentence s, int i) {
        Tok t = s.toks.get(i);
        if (i + 1 < s.size()) {
            String next = s.toks.get(i + 1).norm;
            if (next.equals("-")) {
                return false;
            }
            if (next.equals("'s")) {
                if (!(i + 2 < s.size() && (cues.isWord("role", s.toks.get(i + 2).norm)
                        || s.toks.get(i + 2).kind == Tok.Kind.ACTOR))) {
                    return false;
                }
            } else if (t.adjective && t.person == null && !cues.isWord("role", next)
                    && s.toks.get(i + 1).kind != Tok.Kind.ACTOR) {
                return false;
            }
        }
        int p = i - 1;
        // skip determiners, titles and adjectives of the same phrase ("the Kazakh President Tokayev")
        while (p >= 0 && (s.toks.get(p).norm.equals("the") || s.toks.get(p).norm.equals("its")
                || cues.isWord("role", s.toks.get(p).norm) || s.toks.get(p).kind == Tok.Kind.ACTOR)) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        Tok prev = s.toks.get(p);
        // "In early March the EU extended ...", "In 2023 Kazakhstan refused ...": a time phrase opens the clause
        return prev.kind == Tok.Kind.PUNCT || cues.isWord("subject_before", prev.norm) || isYear(prev.norm)
                || (prev.norm.endsWith("ly") && prev.norm.length() > 5);
    }

    private static boolean isYear(String norm) {
        return norm.length() == 4 && (norm.startsWith("19") || norm.startsWith("20")) && norm.chars().allMatch(Character::isDigit);
    }

    /**
     * "The two leaders signed ...": with no subject of its own, a clause speaking of a pair takes both sides from the
     * actors named just before (earlier in the sentence, else the previous sentence). Returns the actor, with the
     * partner as its token, or null.
     */
    Pick contextPair(Rule r, NormSentence s, Trigger tr) {
        if (!r.flag("context") || !cues.any("anaphor_pair", s.text, charStart(s, tr.clauseStart()), charStart(s, tr.tok()))
                || subjectBefore(s, tr.tok() - 1, tr.clauseStart(), null) != null) {
            return null;
        }
        List<Tok> named = new ArrayList<>();
        for (int i = 0; i < tr.clauseStart(); i++) {
            addDistinctActor(named, s.toks.get(i));
        }
        NormSentence p = st.previous(s, 1);
        for (int i = 0; named.size() < 2 && p != null && i < p.size(); i++) {
            if (i == 0 || !cues.isWord("weak_preposition", p.toks.get(i - 1).norm)) {
                addDistinctActor(named, p.toks.get(i));
            }
        }
        if (named.size() < 2) {
            return null;
        }
        Tok first = named.get(0);
        Tok second = named.get(1);
        if (second.hasId(st.focus)) {
            Tok x = first;
            first = second;
            second = x;
        }
        return new Pick(first.id, false, second, false);
    }

    private static void addDistinctActor(List<Tok> named, Tok t) {
        if (t.kind == Tok.Kind.ACTOR && named.stream().noneMatch(n -> n.id.equals(t.id))) {
            named.add(t);
        }
    }

    private static int charStart(NormSentence s, int tok) {
        return s.position(tok);
    }

    private static int charEnd(NormSentence s, int tok) {
        return charStart(s, tok) + s.toks.get(tok).norm.length();
    }
}
