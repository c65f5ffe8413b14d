package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one rule match in one sentence into an event: finds the trigger's clause, negation, actor, target, route,
 * speaker, date, hedging and magnitude, then hands the draft to the sink.
 */
final class SentenceRules {
    private static final Pattern TITLE = Pattern.compile("(?:(?:First |Deputy |Vice )*(?:Prime Minister|Foreign Minister"
            + "|(?:Finance|Energy|Economy|Economic|Defen[cs]e|Trade|Foreign|Interior|Agriculture|Justice) Minister"
            + "|Minister of (?:the )?[A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+)*|Ministry of (?:the )?[A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+)*"
            + "|Foreign Ministry|[A-Z][a-z]+ Ministry|spokes(?:man|woman|person)|Ambassador|President|Prime Minister))");

    /** Set -Dgeowire.extract.debug=true to trace which rule produced which event (stderr). */
    private static final boolean DEBUG = Boolean.getBoolean("geowire.extract.debug");

    private final ArticleState st;
    private final Lexicon lex;
    private final Cues cues;
    private final EventSink sink;
    /** Trigger tokens that already gave an event, as "type:sentence:token": later (lower-priority) rules skip them. */
    private final java.util.Set<String> usedTriggers = new java.util.HashSet<>();
    private String currentTrigger;

    private final String defaultSanctioned;

    SentenceRules(ArticleState st, Lexicon lex, Cues cues, EventSink sink, String defaultSanctioned) {
        this.defaultSanctioned = defaultSanctioned;
        this.st = st;
        this.lex = lex;
        this.cues = cues;
        this.sink = sink;
    }

    /** The trigger of a match: token range of the trigger and of the whole match, and the clause around it. */
    record Trigger(int tok, int endTok, int matchStart, int matchEnd, int clauseStart, int clauseEnd) {
    }

    /** A chosen actor or target. */
    record Pick(String id, boolean explicit, Tok tok, boolean flip) {
    }

    void apply(Rule r, NormSentence s, Matcher m, List<DateResolver.Mention> dates) {
        Trigger tr = trigger(r, s, m);
        currentTrigger = r.type() + ":" + s.index + ":";
        for (int i = tr.tok(); i <= tr.endTok(); i++) {
            if (usedTriggers.contains(currentTrigger + i)) {
                return;
            }
        }
        currentTrigger = currentTrigger + tr.tok() + "-" + tr.endTok();
        if (r.flag("needs") && !s.text.contains(r.flagValue("needs"))) {
            return;
        }
        if (r.flag("noconditional") && (cues.find("modal", s.text, charStart(s, tr.clauseStart()), charEnd(s, tr.clauseEnd())) >= 0
                && (s.text.contains(" if ") || s.text.startsWith("if ") || s.text.contains(" unless ")))) {
            return;
        }
        String value = r.value();
        boolean negated = negated(s, tr);
        String mode = r.negation();
        if (negated) {
            if (mode.equals("flip")) {
                value = flip(value);
            } else if (mode.equals("drop")) {
                return;
            } else if (mode.startsWith("->")) {
                value = mode.substring(2);
            }
        } else if (mode.equals("require")) {
            return;
        }
        if (value == null) {
            return;
        }
        switch (r.type()) {
            case "stance" -> stance(r, s, m, tr, value, dates, null);
            case "sanction_statement" -> sanction(r, s, m, tr, value, dates);
            case "route_disruption" -> route(r, s, tr, value, dates);
            default -> throw new IllegalStateException("unknown rule type " + r.type() + " in rule " + r.id());
        }
    }

    // ---------------------------------------------------------------- stance

    private void stance(Rule r, NormSentence s, Matcher m, Trigger tr, String polarity, List<DateResolver.Mention> dates,
                        EventSink.Draft from) {
        List<Pick> targets = r.target().equals("secondary") ? counterpart(r, s, m, tr) : targets(r, s, m, tr);
        // the best actor is chosen once; a target that is the actor itself is skipped, not the actor
        Pick best = actor(r, s, m, tr, null);
        Pick pair = contextPair(r, s, tr);
        if (pair != null) {
            best = pair;
            targets = List.of(new Pick(pair.tok().id, false, null, false));
        }
        for (Pick t : targets) {
            Pick a = best;
            if (a == null || a.id().equals(t.id())) {
                continue;
            }
            if (cues.any("nonofficial", s.text, charStart(s, tr.clauseStart()), charStart(s, tr.tok()))
                    || cues.any("opinion", s.text, 0, charStart(s, tr.tok()))
                    || cues.any("conditional", s.text, charStart(s, tr.clauseStart()), charStart(s, tr.tok()))) {
                return;
            }
            EventSink.Draft d = from != null ? copyEvidence(from) : draft("stance", s, tr, dates);
            d.actor = a.id();
            d.target = t.id();
            d.polarity = t.flip() ? flip(polarity) : polarity;
            if (d.polarity == null) {
                return;
            }
            d.topic = r.topic().isEmpty() ? d.polarity + " " + lex.actorName(t.id())
                    : r.topic().replace("{target}", lex.actorName(t.id()));
            d.confidence = confidence(0.55, a.explicit(), t.explicit(), d.hedged);
            add(r, d);
            return;
        }
    }

    /**
     * "The two leaders signed ...": with no subject of its own, a clause speaking of a pair takes both sides from the
     * actors named just before (earlier in the sentence, else the previous sentence). Returns the actor, with the
     * partner as its token, or null.
     */
    private Pick contextPair(Rule r, NormSentence s, Trigger tr) {
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

    /** Neutrality: the counterpart of whoever declares it (the article's other main state), else a named party. */
    private List<Pick> counterpart(Rule r, NormSentence s, Matcher m, Trigger tr) {
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

    private List<Pick> targets(Rule r, NormSentence s, Matcher m, Trigger tr) {
        List<Pick> out = new ArrayList<>();
        if (r.hasGroup("t") && m.group("t") != null) {
            int i = s.tokenAt(m.start("t"));
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
                addTarget(isModifier(s, i) ? modifiers : isLocation(s, i) ? locations : out, s.toks.get(i), true);
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
        if (r.flag("fallback") && st.secondary != null) {
            out.add(new Pick(st.secondary, false, null, false));
            out.add(new Pick(st.focus, false, null, false));
        }
        return out;
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

    private Pick actor(Rule r, NormSentence s, Matcher m, Trigger tr, String exclude) {
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

    /**
     * Who "the country" is: the state that opened one of the two previous sentences of the paragraph (news digests
     * change subject by paragraph), else the article's focus state.
     */
    private String localFocus(NormSentence s) {
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
            int start = clauseStart(s, end);
            Pick p = subjectBefore(s, end, start, exclude);
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

    /** In "Kazakhstan, Azerbaijan and Turkey signed", the article's focus state is the one to credit. */
    private String focusInCoordination(NormSentence s, int i, String exclude) {
        if (st.focus == null || st.focus.equals(exclude)) {
            return null;
        }
        int k = i;
        while (k - 2 >= 0 && (s.toks.get(k - 1).norm.equals(",") || s.toks.get(k - 1).norm.equals("and"))
                && s.toks.get(k - 2).kind == Tok.Kind.ACTOR) {
            k -= 2;
            if (s.toks.get(k).id.equals(st.focus)) {
                return st.focus;
            }
        }
        return null;
    }

    private boolean subjectLike(NormSentence s, int i) {
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
        return prev.kind == Tok.Kind.PUNCT || cues.isWord("subject_before", prev.norm)
                || (prev.norm.endsWith("ly") && prev.norm.length() > 5);
    }

    // ---------------------------------------------------------------- sanctions

    private void sanction(Rule r, NormSentence s, Matcher m, Trigger tr, String position, List<DateResolver.Mention> dates) {
        Pick a = actor(r, s, m, tr, null);
        if (a == null) {
            return;
        }
        EventSink.Draft d = draft("sanction_statement", s, tr, dates);
        d.actor = a.id();
        d.position = position;
        d.speaker = speaker(s, tr);
        d.regime = regime(s, a.id());
        d.confidence = confidence(0.6, a.explicit(), true, d.hedged);
        add(r, d);
        String stance = r.flagValue("stance");
        if (stance != null) {
            String target = sanctioned(s, a.id());
            if (target != null && !target.equals(a.id())) {
                EventSink.Draft sd = copyEvidence(d);
                sd.actor = a.id();
                sd.target = target;
                sd.polarity = stance;
                sd.topic = r.topic().isEmpty() ? "sanctions: " + position : r.topic();
                sd.confidence = d.confidence;
                add(r, sd);
            }
        }
    }

    private String speaker(NormSentence s, Trigger tr) {
        Quotes.Quote q = st.quotes.at(s.toks.get(tr.tok()).start);
        if (q != null && q.speaker() != null) {
            return q.speaker();
        }
        for (int i = tr.tok() - 1; i >= 0; i--) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ACTOR && t.person != null) {
                return t.person;
            }
        }
        Matcher m = TITLE.matcher(st.text).region(s.start, s.toks.get(tr.tok()).start);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    /** Who imposed the sanctions: actors named near the word "sanctions" other than the target of the sanctions. */
    private String regime(NormSentence s, String actor) {
        Set<String> ids = new LinkedHashSet<>();
        String sanctioned = sanctioned(s, actor);
        for (int i = 0; i < s.size(); i++) {
            if (!s.toks.get(i).norm.startsWith("sanction")) {
                continue;
            }
            for (int k = Math.max(0, i - 3); k < Math.min(s.size(), i + 12); k++) {
                Tok t = s.toks.get(k);
                String prev = k > 0 ? s.toks.get(k - 1).norm : "";
                if (t.norm.equals("western") || t.norm.equals("west")) {
                    ids.add("West");
                } else if (t.kind == Tok.Kind.ACTOR && !t.id.equals(actor) && !t.id.equals(sanctioned)
                        && !prev.equals("on") && !prev.equals("against") && !prev.equals("to") && !prev.equals("into")) {
                    ids.add(t.id);
                }
            }
        }
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    /** The party under sanctions: "sanctions on X", "anti-X sanctions", "help X evade", else the counterpart state. */
    private String sanctioned(NormSentence s, String actor) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Tok t = s.toks.get(i);
            Tok next = s.toks.get(i + 1);
            if (t.kind == Tok.Kind.ANTI) {
                return t.id;
            }
            boolean marker = t.norm.equals("on") || t.norm.equals("against") || t.norm.startsWith("help")
                    || ((t.norm.equals("to") || t.norm.equals("into")) && i > 0 && cues.isWord("trade_goods", s.toks.get(i - 1).norm));
            if (marker && next.kind == Tok.Kind.ACTOR && !next.id.equals(actor)) {
                return next.id;
            }
        }
        if (defaultSanctioned != null && !defaultSanctioned.equals(actor)) {
            return defaultSanctioned;
        }
        String counterpart = actor.equals(st.secondary) ? st.focus : st.secondary;
        return counterpart != null && !counterpart.equals(actor) ? counterpart : null;
    }

    // ---------------------------------------------------------------- routes

    private void route(Rule r, NormSentence s, Trigger tr, String status, List<DateResolver.Mention> dates) {
        String route = routeNear(s, tr, r.flag("sameclause"));
        if (route == null) {
            return;
        }
        route = route.replace("{FOCUS}", st.focus == null ? "XXX" : st.focus);
        if (sink.hasRouteIn(route, s.start, s.end)) {
            return;
        }
        if (status.equals("disrupted") && !r.flag("certain") && cues.any("modal", s.text, charStart(s, tr.clauseStart()),
                charEnd(s, tr.clauseEnd()))) {
            status = "at_risk";
        }
        EventSink.Draft d = draft("route_disruption", s, tr, dates);
        d.route = route;
        d.status = status;
        d.cause = r.flagValue("cause") != null ? r.flagValue("cause") : cause(s, status);
        d.magnitude = Magnitudes.find(st.text, d.start, d.end);
        if (d.magnitude == null) {
            d.magnitude = Magnitudes.find(st.text, s.start, s.end);
        }
        d.confidence = confidence(0.6, true, true, d.hedged);
        add(r, d);
    }

    private String routeNear(NormSentence s, Trigger tr, boolean sameClause) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ROUTE && (!sameClause || s.clause[i] == s.clause[tr.tok()])) {
                int dist = Math.abs(i - tr.tok()) + (s.clause[i] == s.clause[tr.tok()] ? 0 : 50);
                if (dist < bestDist) {
                    best = t.id;
                    bestDist = dist;
                }
            }
        }
        for (int k = 0; k < s.patternRouteSpans.size(); k++) {
            int[] span = s.patternRouteSpans.get(k);
            int dist = Math.abs(span[0] - tr.tok()) + (s.clause[span[0]] == s.clause[tr.tok()] ? 0 : 50);
            if (dist < bestDist) {
                best = s.patternRouteIds.get(k);
                bestDist = dist;
            }
        }
        if (best == null && cues.any("anaphor_route", s.text, charStart(s, tr.clauseStart()), charEnd(s, tr.clauseEnd()))) {
            NormSentence p = st.previous(s, 1);
            if (p != null) {
                for (Tok t : p.toks) {
                    if (t.kind == Tok.Kind.ROUTE) {
                        return t.id;
                    }
                }
            }
        }
        return best;
    }

    private String cause(NormSentence s, String status) {
        for (String c : new String[] {"attack", "weather", "legal", "technical", "political"}) {
            if (cues.any("cause:" + c, s.text, 0, s.text.length())) {
                return c;
            }
        }
        return status.equals("alternative") ? "political" : "unknown";
    }

    // ---------------------------------------------------------------- shared

    private void add(Rule r, EventSink.Draft d) {
        boolean added = sink.add(d);
        // every token of the trigger is used up: "neither condemned nor supported" leaves nothing for later rules
        String prefix = currentTrigger.substring(0, currentTrigger.lastIndexOf(':') + 1);
        String[] range = currentTrigger.substring(prefix.length()).split("-");
        for (int i = Integer.parseInt(range[0]); i <= Integer.parseInt(range[1]); i++) {
            usedTriggers.add(prefix + i);
        }
        if (added && DEBUG) {
            System.err.println(st.article.substring(0, Math.min(3, st.article.length())) + " " + r.id() + " "
                    + d.keys() + " focus=" + st.focus + " :: " + d.evidence);
        }
    }

    private Trigger trigger(Rule r, NormSentence s, Matcher m) {
        boolean v = r.hasGroup("v") && m.group("v") != null;
        int tok = s.tokenAt(v ? m.start("v") : m.start());
        int endTok = s.lastTokenBefore(v ? m.end("v") : m.end());
        int ms = s.tokenAt(m.start());
        int me = s.lastTokenBefore(m.end());
        int c = s.clause[tok];
        int cs = tok;
        while (cs > 0 && s.clause[cs - 1] == c) {
            cs--;
        }
        int ce = tok;
        while (ce + 1 < s.size() && s.clause[ce + 1] == c) {
            ce++;
        }
        return new Trigger(tok, Math.max(tok, endTok), ms, Math.max(ms, me), cs, ce);
    }

    private boolean negated(NormSentence s, Trigger tr) {
        int from = Math.max(tr.clauseStart(), tr.tok() - 8);
        // "suspend talks on joining the EU", "has frozen assistance to Georgia": a stopping verb negates the cue
        if (cues.any("stop_verb", s.text, charStart(s, Math.max(tr.clauseStart(), tr.tok() - 5)), charStart(s, tr.tok()))) {
            return true;
        }
        int at = cues.findLast("negation", s.text, charStart(s, from), charStart(s, tr.tok()));
        if (at < 0) {
            return false;
        }
        if (cues.covers("pseudo_negation", s.text, at)) {
            return false;
        }
        // "did not stop X from congratulating": the negated verb blocks the negation
        return !cues.any("cancel_negation", s.text, at, charStart(s, tr.tok()));
    }

    private EventSink.Draft draft(String type, NormSentence s, Trigger tr, List<DateResolver.Mention> dates) {
        EventSink.Draft d = new EventSink.Draft();
        d.type = type;
        int[] ev = evidence(s, tr);
        d.start = s.toks.get(ev[0]).start;
        d.end = s.toks.get(ev[1]).end;
        d.evidence = st.text.substring(d.start, d.end);
        d.hedged = cues.any("hedge", s.text, 0, s.text.length());
        d.date = date(s, tr, d, dates);
        return d;
    }

    private static EventSink.Draft copyEvidence(EventSink.Draft from) {
        EventSink.Draft d = new EventSink.Draft();
        d.type = "stance";
        d.start = from.start;
        d.end = from.end;
        d.evidence = from.evidence;
        d.hedged = from.hedged;
        d.date = from.date;
        return d;
    }

    /** Token range of the evidence: the trigger's clause, widened to short neighbours and to the whole match. */
    private static int[] evidence(NormSentence s, Trigger tr) {
        int start = Math.min(tr.clauseStart(), tr.matchStart());
        int end = Math.max(tr.clauseEnd(), tr.matchEnd());
        while (words(s, start, end) < 6 && (start > 0 || end < s.size() - 1)) {
            if (end < s.size() - 1) {
                end = clauseEnd(s, end + 1);
            } else {
                start = clauseStart(s, start - 1);
            }
        }
        while (start < end && s.toks.get(start).kind == Tok.Kind.PUNCT && !s.toks.get(start).norm.equals("\"")) {
            start++;
        }
        while (end > start && (s.toks.get(end).norm.equals(",") || s.toks.get(end).norm.equals("--")
                || s.toks.get(end).norm.equals("(") || s.toks.get(end).norm.equals(";"))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static int clauseEnd(NormSentence s, int i) {
        while (i + 1 < s.size() && s.clause[i + 1] == s.clause[i]) {
            i++;
        }
        return i;
    }

    private static int clauseStart(NormSentence s, int i) {
        while (i > 0 && s.clause[i - 1] == s.clause[i]) {
            i--;
        }
        return i;
    }

    private static int words(NormSentence s, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            if (s.toks.get(i).kind != Tok.Kind.PUNCT) {
                n++;
            }
        }
        return n;
    }

    private String date(NormSentence s, Trigger tr, EventSink.Draft d, List<DateResolver.Mention> dates) {
        for (DateResolver.Mention m : dates) {
            if (!m.bound() && m.value() != null && m.start() >= d.start && m.end() <= d.end) {
                return m.value();
            }
        }
        // else a date elsewhere in the sentence ("..., as Tokayev stated at the forum on June 18th")
        for (DateResolver.Mention m : dates) {
            if (!m.bound() && m.value() != null) {
                return m.value();
            }
        }
        Quotes.Quote q = st.quotes.at(s.toks.get(tr.tok()).start);
        return q == null ? null : q.date();
    }

    private static double confidence(double base, boolean actorExplicit, boolean targetExplicit, boolean hedged) {
        double c = base + (actorExplicit ? 0.15 : 0) + (targetExplicit ? 0.1 : -0.15) - (hedged ? 0.1 : 0);
        return Math.max(0.05, Math.min(0.95, c));
    }

    static String flip(String polarity) {
        return switch (polarity) {
            case "aligning" -> "distancing";
            case "distancing" -> "aligning";
            default -> null;
        };
    }

    private static int charStart(NormSentence s, int tok) {
        return s.position(tok);
    }

    private static int charEnd(NormSentence s, int tok) {
        return charStart(s, tok) + s.toks.get(tok).norm.length();
    }

    private static int positionOf(NormSentence s, int tok) {
        return s.position(tok);
    }
}
