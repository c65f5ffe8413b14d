package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns one rule match in one sentence into an event: finds the trigger's clause, negation, actor, target, route,
 * speaker, date, hedging and magnitude, then hands the draft to the sink.
 */
final class SentenceRules {

    /** Set -Dgeowire.extract.debug=true to trace which rule produced which event (stderr). */
    private static final boolean DEBUG = Boolean.getBoolean("geowire.extract.debug");

    private final ArticleState st;
    private final Lexicon lex;
    private final Cues cues;
    private final EventSink sink;
    /** Trigger tokens that already gave an event, as "type:sentence:token": later (lower-priority) rules skip them. */
    private final Set<String> usedTriggers = new java.util.HashSet<>();
    private String currentTrigger;

    private final Participants participants;
    private final SanctionFields sanctionFields;

    /** settings.tsv {@code background_checks}: which background sentences yield no rule event (xbackground). */
    private final Set<String> backgroundChecks;

    SentenceRules(ArticleState st, Lexicon lex, Cues cues, EventSink sink, String defaultSanctioned) {
        this(st, lex, cues, sink, defaultSanctioned, Set.of());
    }

    SentenceRules(ArticleState st, Lexicon lex, Cues cues, EventSink sink, String defaultSanctioned,
                  Set<String> backgroundChecks) {
        this.backgroundChecks = backgroundChecks;
        this.participants = new Participants(st, lex, cues);
        this.sanctionFields = new SanctionFields(st, cues, defaultSanctioned);
        this.st = st;
        this.lex = lex;
        this.cues = cues;
        this.sink = sink;
    }

    void apply(Rule r, NormSentence s, Matcher m, List<DateResolver.Mention> dates) {
        Trigger tr = trigger(r, s, m);
        // stance and sanction rules share triggers: "refused to back an EU ban" is one claim, not two
        currentTrigger = (r.type().equals("route_disruption") ? "route" : "claim") + ":" + s.index + ":";
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
        if (r.target().equals("mutual") && mutual(r, s, m, tr, polarity, dates)) {
            return;
        }
        List<Pick> targets = r.target().equals("secondary") ? participants.counterpart(r, s, m, tr) : participants.targets(r, s, m, tr);
        // the best actor is chosen once; a target that is the actor itself is skipped, not the actor
        Pick best = participants.actor(r, s, m, tr, null);
        Pick pair = participants.contextPair(r, s, tr);
        if (backgroundChecks.contains("passing_visit") && passingVisit(s, tr)) {
            return;
        }
        if (backgroundChecks.contains("departure") && Departures.departure(s, tr, lex, cues)) {
            return; // "left Beijing on Saturday", "the jets left", "withdraw its forces": no party quits another
        }
        if (pair != null) {
            best = pair;
            targets = List.of(new Pick(pair.tok().id, false, null, false));
        }
        for (Pick t : targets) {
            Pick a = best;
            if (a == null || a.id().equals(t.id())) {
                continue;
            }
            if (notAStatement(s, tr)) {
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

    /** How many tokens before a visit a time word may open the phrase that makes the visit a time ("when X paid a two-day state visit"). */
    private static final int VISIT_TIME_REACH = 8;

    /**
     * The trigger is a visit, trip or hosting that only dates the sentence ("after visits to China and Belarus earlier
     * this month", "when Putin paid a two-day state visit to Azerbaijan", "during a visit to Athens in July"): a time
     * word (cues.tsv {@code time_subordinator}) opens its phrase, within the clause and after any comma. The sentence reports something
     * else, the visit is mentioned in passing and states no alignment of its own (settings.tsv
     * {@code background_checks} {@code passing_visit}).
     */
    private boolean passingVisit(NormSentence s, Trigger tr) {
        if (!cues.isWord("visit_word", s.toks.get(tr.tok()).norm)) {
            return false;
        }
        int from = tr.tok();
        // the time word's phrase ends at a comma: "Months after the war began, Tokayev visited Turkey" is a visit
        while (from > Math.max(tr.clauseStart(), tr.tok() - VISIT_TIME_REACH) && !s.toks.get(from - 1).norm.equals(",")) {
            from--;
        }
        return from < tr.tok() && cues.any("time_subordinator", s.text, charStart(s, from), charStart(s, tr.tok()));
    }

    /**
     * The parties listed with the actor's last mention before the trigger ("YEREVAN/BAKU, Dec 7 - Armenia and
     * Azerbaijan agreed ... to back each other": the subject, not the dateline); just the actor when none is.
     */
    private static List<String> listedBefore(NormSentence s, Trigger tr, String actor) {
        for (int i = tr.tok() - 1; i >= 0; i--) {
            if (s.toks.get(i).hasId(actor)) {
                return FieldRanker.coordinatedAt(s, i, actor);
            }
        }
        return List.of(actor);
    }

    /** Residents, companies or an analyst's view before the trigger, or a condition: no official stance. */
    private boolean notAStatement(NormSentence s, Trigger tr) {
        return cues.any("nonofficial", s.text, charStart(s, tr.clauseStart()), charStart(s, tr.tok()))
                || cues.any("opinion", s.text, 0, charStart(s, tr.tok()))
                || cues.any("conditional", s.text, charStart(s, tr.clauseStart()), charStart(s, tr.tok()));
    }

    /** At most this many listed parties act towards each other (every ordered pair is an event). */
    private static final int MUTUAL_PARTIES = 4;

    /**
     * A reciprocal act ("Armenia and Azerbaijan agreed ... to back each other in the UN climate talks"): each of the
     * parties listed with the actor towards each of the others, not towards a party named after the trigger (the UN
     * is where they back each other). False, and no event, when the actor stands alone: the rule's usual target
     * strategy then applies (the pair of the sentences before, "both sides").
     */
    private boolean mutual(Rule r, NormSentence s, Matcher m, Trigger tr, String polarity, List<DateResolver.Mention> dates) {
        Pick a = participants.actor(r, s, m, tr, null);
        List<String> listed = a == null ? List.of() : listedBefore(s, tr, a.id());
        if (listed.size() < 2 || listed.size() > MUTUAL_PARTIES) {
            return false;
        }
        if (notAStatement(s, tr)) {
            return true;
        }
        for (String actor : listed) {
            for (String target : listed) {
                if (!actor.equals(target)) {
                    EventSink.Draft d = draft("stance", s, tr, dates);
                    d.actor = actor;
                    d.target = target;
                    d.polarity = polarity;
                    d.topic = r.topic().isEmpty() ? polarity + " " + lex.actorName(target) : r.topic();
                    d.confidence = confidence(0.55, true, true, d.hedged);
                    add(r, d);
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- sanctions

    private void sanction(Rule r, NormSentence s, Matcher m, Trigger tr, String position, List<DateResolver.Mention> dates) {
        if (analystView(s) || (backgroundChecks.contains("sanction_circumstance")
                && s.memo("sanction_circumstance", () -> SanctionBackground.circumstanceOnly(cues, s)))) {
            return;
        }
        Pick a = participants.actor(r, s, m, tr, null);
        Quotes.Quote q = st.quotes.at(s.toks.get(tr.tok()).start);
        String spoken = q != null && q.actor() != null ? null : participants.speechSubject(s, tr.tok());
        if (spoken != null) {
            a = new Pick(spoken, true, null, false);
        }
        if (a != null && sanctionFields.sanctionedBystander(s, a.id(), position)) {
            // "it has not joined Western sanctions", "We follow the sanctions of the Security Council": not the
            // sanctioned party's position; the article's other main state speaks
            String other = a.id().equals(st.focus) ? st.secondary : st.focus;
            a = other == null || sanctionFields.sanctionedBystander(s, other, position) ? null
                    : new Pick(other, false, null, false);
        }
        if (a == null) {
            return;
        }
        EventSink.Draft d = draft("sanction_statement", s, tr, dates);
        d.actor = a.id();
        d.position = position;
        d.speaker = sanctionFields.speaker(s, tr);
        d.regime = sanctionFields.regime(s, a.id());
        d.confidence = confidence(0.6, a.explicit(), true, d.hedged);
        add(r, d);
        String stance = r.flagValue("stance");
        if (stance != null) {
            String target = sanctionFields.sanctioned(s, a.id());
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

    // ---------------------------------------------------------------- routes

    /**
     * An analyst's, economist's or critic's view ("Analysts estimate that a week-long outage ...", "analysts say
     * sanctions have failed") is no official position on sanctions and no reported event on a route.
     */
    private boolean analystView(NormSentence s) {
        return s.memo("analyst_view", () -> cues.any("analyst_view", s.text, 0, s.text.length()));
    }

    /**
     * The sentence says a route works as before ("have not affected the short Mediterranean run", "transit continues
     * in normal mode"): its disruption verb is what did not happen. The learned stage's {@code route_unaffected} check
     * says the same of the classifier's events; a rule event of such a sentence was as wrong (issue 11, xrs).
     */
    private boolean routeUnaffected(NormSentence s) {
        return s.memo("route_unaffected", () -> cues.any("route_unaffected", s.text, 0, s.text.length()));
    }

    private void route(Rule r, NormSentence s, Trigger tr, String status, List<DateResolver.Mention> dates) {
        if (analystView(s) || routeUnaffected(s)
                || s.memo("route_background", () -> RouteBackground.describes(cues, s))
                || (backgroundChecks.contains("route_history")
                        && s.memo("route_history", () -> RouteBackground.recalled(cues, s, st.dates.published())))) {
            return;
        }
        String route = routeNear(s, tr, r.flag("sameclause"));
        if (route == null) {
            return;
        }
        routeEvent(r, s, tr, route, status, dates);
        // "redirect volumes to the Kazakhstan-China pipeline and to the Middle Corridor": one trigger, two routes
        for (String other : coordinatedRoutes(s, tr, route)) {
            routeEvent(r, s, tr, other, status, dates);
        }
    }

    private void routeEvent(Rule r, NormSentence s, Trigger tr, String routeId, String status,
                            List<DateResolver.Mention> dates) {
        String route = routeId.replace("{FOCUS}", st.focus == null ? "XXX" : st.focus);
        if (sink.hasRouteIn(route, status, s.start, s.end)) {
            return;
        }
        int clauseFrom = charStart(s, tr.clauseStart());
        int clauseTo = charEnd(s, tr.clauseEnd());
        if (status.equals("disrupted") && !r.flag("certain") && cues.any("modal", s.text, clauseFrom, clauseTo)
                && !cues.any("realised_halt", s.text, clauseFrom, clauseTo)) {
            status = "at_risk";
        }
        if (status.equals("disrupted") && timeFrameOnly(s, tr)) {
            status = "alternative";
        }
        EventSink.Draft d = draft("route_disruption", s, tr, dates);
        d.route = route;
        // a disruption or restoration dated after publication is a plan or threat, not a fact
        d.status = st.dates.statusFor(d.date, status);
        d.cause = r.flagValue("cause") != null ? r.flagValue("cause") : cause(s, status);
        int evStart = d.start;
        int evEnd = d.end;
        d.magnitude = s.memo("magnitude:" + evStart + "-" + evEnd, () -> Magnitudes.find(st.text, evStart, evEnd));
        if (d.magnitude == null) {
            d.magnitude = s.memo("magnitude", () -> Magnitudes.find(st.text, s.start, s.end));
        }
        d.confidence = confidence(0.6, true, true, d.hedged);
        add(r, d);
    }

    /** How many tokens before a halt "during" or "while" may open the phrase that makes it a time frame. */
    private static final int TIME_FRAME_REACH = 4;

    /**
     * The halt only dates what the sentence reports ("During the outage the company told its desk to line up tankers
     * for the Adria line", "While the platform was idle, Chevron kept Egypt supplied through ..."): the route the
     * sentence names is used in place of the halted one, an alternative, not a new disruption (issue 11, xrs).
     */
    private static boolean timeFrameOnly(NormSentence s, Trigger tr) {
        for (int i = tr.tok() - 1; i >= Math.max(tr.clauseStart(), tr.tok() - TIME_FRAME_REACH); i--) {
            String w = s.toks.get(i).norm;
            if (w.equals("during") || w.equals("while")) {
                return true;
            }
        }
        return false;
    }

    /** Other named routes of the trigger's clause joined to the chosen one by "and"/"or" within a few tokens. */
    private static List<String> coordinatedRoutes(NormSentence s, Trigger tr, String chosen) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.toks.get(i).kind == Tok.Kind.ROUTE && s.clause[i] == s.clause[tr.tok()]) {
                at.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (int a = 0; a + 1 < at.size(); a++) {
            int from = at.get(a);
            int to = at.get(a + 1);
            if (to - from > 7 || !(s.toks.get(from).id.equals(chosen) || out.contains(s.toks.get(from).id))) {
                continue;
            }
            for (int k = from + 1; k < to; k++) {
                String w = s.toks.get(k).norm;
                if ((w.equals("and") || w.equals("or")) && !s.toks.get(to).id.equals(chosen)) {
                    out.add(s.toks.get(to).id);
                    break;
                }
            }
        }
        return out;
    }

    private String routeNear(NormSentence s, Trigger tr, boolean sameClause) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ROUTE && (!sameClause || s.clause[i] == s.clause[tr.tok()])) {
                int dist = spanDistance(i, tr) + (s.clause[i] == s.clause[tr.tok()] ? 0 : 50);
                if (dist < bestDist) {
                    best = t.id;
                    bestDist = dist;
                }
            }
        }
        for (int k = 0; k < s.patternRouteSpans.size(); k++) {
            int[] span = s.patternRouteSpans.get(k);
            int dist = spanDistance(span[0], tr) + (s.clause[span[0]] == s.clause[tr.tok()] ? 0 : 50);
            if (dist < bestDist) {
                best = s.patternRouteIds.get(k);
                bestDist = dist;
            }
        }
        return best != null ? best : unnamedRoute(s, tr, sameClause);
    }

    /** How many earlier sentences may name the route of a sentence that names none ("Flows resumed on Thursday."). */
    private static final int ROUTE_LOOKBACK = 3;

    /**
     * The route of a sentence the gazetteer finds none in: one named by capitalised words before a route noun ("the
     * Upper Lars crossing"); else, when the trigger's clause speaks of a route ("the pipeline", "flows", "the
     * crossing", "loadings"), the route of the nearest of the three sentences before it that names one, also across a
     * paragraph break (live blogs and wires put the halt and the restart in paragraphs of their own).
     */
    private String unnamedRoute(NormSentence s, Trigger tr, boolean sameClause) {
        int from = charStart(s, tr.clauseStart());
        int to = charEnd(s, tr.clauseEnd());
        if (!articleNamesTracked()) {
            // a text naming no tracked state, organisation or route is skipped by the relevance gate before any rule
            // runs; a capitalised name alone must not make the rules find what the gate would have skipped
            return null;
        }
        String named = sameClause ? NamedRoutes.in(st, s, textStart(s, tr.clauseStart()), textEnd(s, tr.clauseEnd()))
                : NamedRoutes.in(st, s);
        if (named != null) {
            return named;
        }
        if (sameClause) {
            // plans, growth and threats ("to use", "build", "redirect flows") are weak triggers: their route is
            // carried only from the sentence just before, in the same paragraph, and only for "the pipeline"
            NormSentence p = st.previous(s, 1);
            return p != null && cues.any("anaphor_route", s.text, from, to) ? routeTokenOf(p) : null;
        }
        if (!cues.any("anaphor_route", s.text, from, to) && !cues.any("route_subject", s.text, from, to)) {
            return null;
        }
        for (int back = 1; back <= ROUTE_LOOKBACK && s.index - back >= 0; back++) {
            String id = routeOf(st.sents.get(s.index - back));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private Boolean articleNamesTracked;

    private boolean articleNamesTracked() {
        if (articleNamesTracked == null) {
            articleNamesTracked = LearnedStage.relevant(st.sents);
        }
        return articleNamesTracked;
    }

    /** The first gazetteer route of a sentence, or null. */
    private static String routeTokenOf(NormSentence p) {
        for (Tok t : p.toks) {
            if (t.kind == Tok.Kind.ROUTE) {
                return t.id;
            }
        }
        return null;
    }

    /** The first route a sentence names: gazetteer, route pattern, or capitalised name. */
    private String routeOf(NormSentence p) {
        String token = routeTokenOf(p);
        if (token != null) {
            return token;
        }
        return !p.patternRouteIds.isEmpty() ? p.patternRouteIds.get(0) : NamedRoutes.in(st, p);
    }

    /** Distance to the trigger span: "plan to send 1.5 million tonnes through the BTC" ends next to its route. */
    private static int spanDistance(int i, Trigger tr) {
        return i < tr.tok() ? tr.tok() - i : Math.max(0, i - tr.endTok());
    }

    private String cause(NormSentence s, String status) {
        String named = s.memo("cause", () -> {
            for (String c : new String[] {"attack", "weather", "legal", "technical", "political"}) {
                if (cues.any("cause:" + c, s.text, 0, s.text.length())) {
                    return c;
                }
            }
            return null;
        });
        if (named != null) {
            return named;
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
        d.hedged = s.memo("hedged", () -> cues.any("hedge", s.text, 0, s.text.length()));
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

    static int clauseEnd(NormSentence s, int i) {
        while (i + 1 < s.size() && s.clause[i + 1] == s.clause[i]) {
            i++;
        }
        return i;
    }

    static int clauseStart(NormSentence s, int i) {
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
        return DateChoice.pick(st, s, d.start, d.end, s.toks.get(tr.tok()).start, dates,
                !"route_disruption".equals(d.type));
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

    /** Offset in the article's text where token {@code tok} starts. */
    private static int textStart(NormSentence s, int tok) {
        return s.toks.get(tok).start;
    }

    /** Offset in the article's text where token {@code tok} ends. */
    private static int textEnd(NormSentence s, int tok) {
        return s.toks.get(tok).end;
    }
}
