package io.geowire.extract.internal;

import java.util.List;

/**
 * Fills the fields of an event the classifier found in a sentence, with no trigger to anchor on: actor, target,
 * route and speaker come from the gazetteer mentions of the sentence, its quote, the sentences just before it and
 * the article's focus state. A key field that cannot be filled means no event.
 */
final class LearnedFields {
    /** How many earlier sentences may name the route a sentence speaks of ("Flows resumed on Thursday."). */
    private static final int ROUTE_LOOKBACK = 3;
    /** How many characters before a status cue a negation may stand and still negate it ("has not yet resumed"). */
    private static final int NEGATION_REACH = 16;

    private final ArticleState st;
    private final Lexicon lex;
    private final Cues cues;
    private final Participants participants;
    private final SanctionFields sanctionFields;

    private final FieldRanker ranker;
    /** Switches of settings.tsv that change how fields are filled (see the constructor). */
    private final java.util.Set<String> checks;

    LearnedFields(ArticleState st, Lexicon lex, Cues cues, String defaultSanctioned, FieldRanker ranker) {
        this(st, lex, cues, defaultSanctioned, ranker, java.util.Set.of());
    }

    /**
     * {@code checks}: the stage's switches of settings.tsv ({@code learned_stance_checks} and
     * {@code learned_route_sanction_checks}) that change how fields are filled: {@code sanction_actor_oblique} (see
     * {@link #namedOnlyObliquely}), {@code list_target_outside}.
     */
    LearnedFields(ArticleState st, Lexicon lex, Cues cues, String defaultSanctioned, FieldRanker ranker,
                  java.util.Set<String> checks) {
        this.checks = checks;
        this.st = st;
        this.ranker = ranker;
        this.lex = lex;
        this.cues = cues;
        this.participants = new Participants(st, lex, cues);
        this.sanctionFields = new SanctionFields(st, cues, defaultSanctioned);
    }

    /** Why the last {@link #fill} gave no draft ({@code denied}, {@code no_actor}, {@code no_target}, {@code no_route}). */
    private String failure;

    String failure() {
        return failure;
    }

    /** The participant logic over this article, shared with the stage's checks. */
    Participants participants() {
        return participants;
    }

    /** A draft of the event, or null when a key field is missing. */
    EventSink.Draft fill(String type, String label, String modality, NormSentence s, List<DateResolver.Mention> dates) {
        failure = null;
        if ("denied".equals(modality)) {
            // "Russia has never accepted ...", "does not recognise the debt": the sentence denies what its type says
            failure = "denied";
            return null;
        }
        EventSink.Draft d = new EventSink.Draft();
        d.type = type;
        d.start = s.start;
        d.end = s.end;
        d.evidence = st.text.substring(s.start, s.end);
        d.hedged = "reported".equals(modality) || cues.any("hedge", s.text, 0, s.text.length());
        d.date = date(s, dates, !"route_disruption".equals(type));
        boolean ok = switch (type) {
            case "stance" -> stance(d, label, s);
            case "route_disruption" -> route(d, cuedStatus(plannedStatus(label, modality, s), s), s);
            default -> sanction(d, label, s);
        };
        return ok ? d : null;
    }

    private boolean stance(EventSink.Draft d, String label, NormSentence s) {
        String polarity = cuedPolarity(label, s);
        boolean distancing = "distancing".equals(polarity);
        FieldRanker.Pair pair = jointPair(s, distancing);
        String actor = pair != null ? pair.actor() : ranked("stance_actor", s, null);
        if (actor == null) {
            failure = "no_actor";
            return false;
        }
        String target = pair != null ? pair.target() : rankedTarget(s, actor, distancing);
        if (target != null && checks.contains("list_target_outside")) {
            target = outsideList(s, actor, target);
        }
        if (target == null) {
            failure = "no_target";
            return false;
        }
        String praiser = "aligning".equals(polarity) ? praiser(s, actor, target) : null;
        if (praiser != null) {
            // "Kazakhstan is a reliable partner for Germany": the praised party is the target, not the actor
            target = actor;
            actor = praiser;
        }
        d.actor = actor;
        d.target = target;
        d.polarity = polarity;
        d.topic = d.polarity + " " + lex.actorName(target);
        return true;
    }

    /**
     * When the sentence calls the ranked actor a partner, ally or friend ({@link PraisedParty}), whoever holds that
     * view: the party it is a partner "of" or "for", else the speaker of the sentence's quote, else the subject of its
     * speech verb, else (first person, "Russia is our strategic ally") the article's focus state, else the ranked
     * target. Null when the actor is not the praised party, when the speaker is (a state calling itself a friend of
     * another), or when no other party is left.
     */
    private String praiser(NormSentence s, String actor, String target) {
        PraisedParty.Praise p = PraisedParty.in(s);
        if (p == null || !p.parties().contains(actor)) {
            return null;
        }
        Quotes.Quote q = st.quotes.at(s.start);
        String speaker = participants.speechSubject(s, s.size());
        String quoted = q == null ? null : q.actor();
        if ((quoted != null && p.parties().contains(quoted)) || (speaker != null && p.parties().contains(speaker))) {
            // "'Serbia is a friend of Ukraine,' Vucic said": a speaker describing its own state's ties acts
            return null;
        }
        for (String c : java.util.Arrays.asList(PraisedParty.owner(s, p), quoted, speaker,
                FieldRanker.firstPerson(s) ? st.focus : null, target)) {
            if (c != null && !p.parties().contains(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The target candidates for {@code actor}; for a distancing stance without the parties named only as the victim
     * of an attack ({@link AttackVictims}): "condemned the attack on Ukraine's territorial integrity ... sanctions on
     * Moscow" distances from Moscow, not from Ukraine.
     */
    private List<FieldRanker.Candidate> targetCandidates(NormSentence s, String actor, boolean distancing) {
        List<FieldRanker.Candidate> c = uncompared(FieldRanker.targetCandidates(st, lex, participants, s, actor), s);
        return distancing ? AttackVictims.without(cues, s, c) : c;
    }

    private String rankedTarget(NormSentence s, String actor, boolean distancing) {
        if (!ranker.trained("stance_target")) {
            return target(s, actor);
        }
        return ranker.best("stance_target", targetCandidates(s, actor, distancing));
    }

    /**
     * The actor and target chosen together ({@link FieldRanker#bestPair}) when settings.tsv switches on
     * {@code joint_pair} and both stance roles have weights; else null (independent picks).
     */
    private FieldRanker.Pair jointPair(NormSentence s, boolean distancing) {
        if (!checks.contains("joint_pair") || !ranker.trained("stance_actor") || !ranker.trained("stance_target")) {
            return null;
        }
        return ranker.bestPair(uncompared(FieldRanker.actorCandidates(st, lex, participants, s), s),
                a -> targetCandidates(s, a, distancing));
    }

    /**
     * The candidates without a party the sentence names only in a comparison ("Hungary, unlike Poland and Slovakia,
     * has agreed to pay Russia"): with the {@code comparison} check such a party can never fill a role, so letting the
     * ranker pick it would only have the event dropped afterwards. All of them when none is left.
     */
    private List<FieldRanker.Candidate> uncompared(List<FieldRanker.Candidate> candidates, NormSentence s) {
        if (!checks.contains("comparison")) {
            return candidates;
        }
        List<FieldRanker.Candidate> kept = new java.util.ArrayList<>(candidates.size());
        for (FieldRanker.Candidate c : candidates) {
            if (!LearnedStage.onlyCompared(st, cues, s, c.id())) {
                kept.add(c);
            }
        }
        return kept.isEmpty() ? candidates : kept;
    }

    /** Lists of this many parties or more act together ("India, Saudi Arabia and Mexico did not sign"). */
    private static final int JOINT_LIST = 3;

    /**
     * The target, re-ranked among the parties outside the actor's list when the actor is one of a list of three or
     * more and the ranker took another member of it: "The energy ministers of the UAE, Kuwait and Iraq each said the
     * cut was technical" is the three towards Saudi Arabia, not the UAE towards Kuwait. Two listed parties may act
     * towards each other ("Armenia and Azerbaijan signed"); the target stands when no party outside the list is a
     * candidate.
     */
    private String outsideList(NormSentence s, String actor, String target) {
        List<String> listed = FieldRanker.coordinated(s, actor);
        if (listed.size() < JOINT_LIST || !listed.contains(target)) {
            return target;
        }
        List<FieldRanker.Candidate> outside = new java.util.ArrayList<>();
        for (FieldRanker.Candidate c : FieldRanker.targetCandidates(st, lex, participants, s, actor)) {
            if (!listed.contains(c.id())) {
                outside.add(c);
            }
        }
        String other = ranker.best("stance_target", outside);
        return other != null ? other : target;
    }

    /**
     * The polarity the sentence's own words give ("cancelled his visit", "boycotted", "accused" -> distancing;
     * "signed", "hailed", "held talks", "a strategic ally" -> aligning; "has not criticised" -> aligning), when its
     * cues agree; else, when it speaks of both sides or of no bloc ("will keep working with both Russia and
     * Ukraine", "belongs to no military bloc"), neutral; else the classifier's label. A cue in a concession ("despite
     * the criticism") is not the sentence's own act, and an aligning act that did not happen ("agreed the text but
     * have not signed it") is no distancing: neither is read.
     */
    private String cuedPolarity(String polarity, NormSentence s) {
        if (cuedSide("polarity_abstention", "aligning", null, s) != null) {
            // "abstained in several votes condemning Russia": the abstention is the act; the condemnation is the
            // text's, and a sentence that says so sides with the party the text condemns
            return "aligning";
        }
        String distancing = cuedSide("polarity_distancing", "distancing", "aligning", s);
        String aligning = cuedSide("polarity_aligning", "aligning", null, s);
        if (distancing != null && aligning != null && !distancing.equals(aligning)) {
            return polarity;
        }
        if (distancing != null || aligning != null) {
            return distancing != null ? distancing : aligning;
        }
        return cuedSide("polarity_neutral", "neutral", "neutral", s) != null ? "neutral" : polarity;
    }

    /**
     * {@code side} when a cue of the category stands in the sentence outside a concession, {@code negated} (null:
     * no reading) when a negation precedes it; null when there is no such cue.
     */
    private String cuedSide(String category, String side, String negated, NormSentence s) {
        int from = 0;
        int n = s.text.length();
        while (from < n) {
            int at = cues.find(category, s.text, from, n);
            if (at < 0) {
                return null;
            }
            if (inConcession(s.text, at)) {
                // go on after the cue's first word: Cues.find anchors at the start of its region
                int space = s.text.indexOf(' ', at);
                if (space < 0) {
                    return null;
                }
                from = space + 1;
                continue;
            }
            return cues.any("negation", s.text, Math.max(0, at - NEGATION_REACH), at) ? negated : side;
        }
        return null;
    }

    /** True when a concession cue ("despite", "in spite of") opens the clause part before {@code at}. */
    private boolean inConcession(String text, int at) {
        int c = cues.findLast("polarity_concession", text, 0, at);
        if (c < 0) {
            return false;
        }
        int comma = text.lastIndexOf(',', at);
        return comma < c;
    }

    private boolean route(EventSink.Draft d, String status, NormSentence s) {
        String route = routeFor(s);
        if (route == null) {
            failure = "no_route";
            return false;
        }
        d.route = route;
        d.status = status;
        return true;
    }

    /**
     * The route a route event of the sentence is about, or null when there is none to fill it with: named in the
     * sentence or one of the {@link #ROUTE_LOOKBACK} before it, named as a route the gazetteer does not know, the
     * article's main route, or described by kind and states. Also what the encoder cascade asks (no route, no route
     * event) before the sentence is encoded.
     */
    String routeFor(NormSentence s) {
        String route = routeIn(s);
        if (route == null) {
            // "Poland closed all road and rail crossings with Belarus": a border, road or flight link between states
            // the sentence names is its own route, not the pipeline or corridor an earlier sentence named
            route = ownLink(s);
        }
        for (int back = 1; route == null && back <= ROUTE_LOOKBACK && s.index - back >= 0; back++) {
            route = routeIn(st.sents.get(s.index - back));
        }
        if (route == null) {
            route = NamedRoutes.in(st, s);
        }
        if (route == null) {
            route = mainRoute();
        }
        if (route == null) {
            route = describedRoute(s);
        }
        return route;
    }

    /**
     * A halt that is only planned, threatened or hypothetical has not happened: the route is at risk; unless the
     * sentence states the halt as done ("Russia has halted oil supplies", "... adding that customers would not notice").
     */
    private String plannedStatus(String status, String modality, NormSentence s) {
        return "planned".equals(modality) && "disrupted".equals(status)
                && !cues.any("realised_halt", s.text, 0, s.text.length()) ? "at_risk" : status;
    }

    /**
     * The status the sentence's own words give, over the classifier's label: a route built, expanded or used in place
     * of another ("broke ground on a railway bridge", "covered its demand with LNG delivered to the terminal at X",
     * "via Aktau rather than Kuryk") is an alternative; a halted or threatened route said to work again ("is once
     * again moving", "back in commercial operation") is restored. Else the label stands.
     */
    private String cuedStatus(String status, NormSentence s) {
        int n = s.text.length();
        boolean alternative = cues.any("status_alternative", s.text, 0, n);
        int at = cues.find("status_restored", s.text, 0, n);
        // "has not resumed", "no longer back in service": a negation just before the cue keeps the halt
        boolean restored = at >= 0 && !cues.any("negation", s.text, Math.max(0, at - NEGATION_REACH), at);
        if (alternative && at < 0) {
            return "alternative";
        }
        if (restored && !alternative && "disrupted".equals(status)) {
            return "restored";
        }
        return status;
    }

    private boolean sanction(EventSink.Draft d, String label, NormSentence s) {
        String position = cuedPosition(label, s);
        Quotes.Quote q = st.quotes.at(s.start);
        String spoken = q != null && q.actor() != null ? null : participants.speechSubject(s, s.size());
        String actor = spoken != null ? spoken : rankedSanctionActor(s, position);
        if (q != null && q.actor() != null && actor != null && !LearnedStage.namedIn(st, s, actor)) {
            // inside a quote the position is the speaker's: a state the ranker takes from the sentence before ("part
            // of the Economic Union with Russia, Belarus ...") but the quoted sentence does not name is not its actor
            actor = q.actor();
        }
        if (checks.contains("sanction_actor_oblique") && spoken == null && (q == null || q.actor() == null)
                && actor != null && st.focus != null && !actor.equals(st.focus) && namedOnlyObliquely(s, actor)) {
            // "the Ministry informs that the export from Kazakhstan of goods on the lists of the EU, the UK and
            // Japan ...": an unnamed organ acts; the states after prepositions are whom the measure concerns
            actor = st.focus;
        }
        if (actor == null) {
            failure = "no_actor";
            return false;
        }
        d.actor = actor;
        d.position = position;
        d.speaker = speaker(s);
        d.regime = sanctionFields.regime(s, actor);
        d.topic = "sanctions: " + d.position;
        return true;
    }

    /**
     * The ranked sanction actor, leaving out the party the sanctions hit when the position is one only a bystander
     * takes ({@link SanctionFields#sanctionedBystander}): "We do not take Russian cargo" is not Russia's statement.
     */
    private String rankedSanctionActor(NormSentence s, String position) {
        if (!ranker.trained("sanction_actor")) {
            return ranked("sanction_actor", s, null);
        }
        List<FieldRanker.Candidate> kept = new java.util.ArrayList<>();
        List<FieldRanker.Candidate> all = uncompared(FieldRanker.actorCandidates(st, lex, participants, s), s);
        for (FieldRanker.Candidate c : all) {
            if (!sanctionFields.sanctionedBystander(s, c.id(), position)) {
                kept.add(c);
            }
        }
        return ranker.best("sanction_actor", kept.isEmpty() ? all : kept);
    }

    /** Sanction positions whose cue words are read, strongest first ({@code cues.tsv} position_*). */
    private static final List<String> CUED_POSITIONS = List.of("oppose", "not_join", "threaten", "refuse_circumvent",
            "support", "comply");

    /**
     * The position the sentence's own words give, over the classifier's label: "no grounds for sanctions" opposes,
     * "warned that more could follow" threatens, "evade" is about circumvention, "would impose visa restrictions"
     * supports ("will not impose" is not joining), "export controls", "apply the sanctions" and "no intention of
     * breaking" comply, "has not joined any of the Western measures" and "entered a reservation on" do not join. A
     * negated cue other than support's is not read. Else the label stands.
     */
    private String cuedPosition(String position, NormSentence s) {
        for (String p : CUED_POSITIONS) {
            int at = cues.find("position_" + p, s.text, 0, s.text.length());
            if (at < 0) {
                continue;
            }
            boolean negated = cues.any("negation", s.text, Math.max(0, at - NEGATION_REACH), at);
            if (!negated) {
                return p;
            }
            if (p.equals("support")) {
                return "not_join";
            }
        }
        return position;
    }

    /**
     * The actor (when {@code actor} is null) or the target of a role: the ranker's best candidate when it has weights
     * for the role, else the hand-written order of {@link #actor} and {@link #target}.
     */
    private String ranked(String role, NormSentence s, String actor) {
        if (!ranker.trained(role)) {
            return actor == null ? actor(s) : target(s, actor);
        }
        Participants p = participants;
        return ranker.best(role, uncompared(actor == null ? FieldRanker.actorCandidates(st, lex, p, s)
                : FieldRanker.targetCandidates(st, lex, p, s, actor), s));
    }

    /**
     * The route the article names most often (first named on a tie): a sentence about flows, loadings or a halt that
     * names no route and follows none is usually about the article's route ("Deliveries to Schwedt were
     * interrupted" in a piece on Druzhba).
     */
    private String mainRoute() {
        if (!mainRouteKnown) {
            mainRoute = countMainRoute();
            mainRouteKnown = true;
        }
        return mainRoute;
    }

    /** The article's main route is fixed per article: counted once, on first use. */
    private String mainRoute;
    private boolean mainRouteKnown;

    /**
     * True when the article names a route: then every sentence of it can take that route for a route event (its main
     * route), so the encoder cascade need not ask further.
     */
    boolean articleNamesRoute() {
        return mainRoute() != null;
    }

    private String countMainRoute() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (NormSentence each : st.sents) {
            for (Tok t : each.toks) {
                if (t.kind == Tok.Kind.ROUTE) {
                    counts.merge(t.id, 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Words that say what a route carries or what kind of link it is, and the id suffix each gives. */
    private static final java.util.Map<String, String> ROUTE_KINDS = routeKinds();

    private static java.util.Map<String, String> routeKinds() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String w : List.of("gas", "lng")) {
            m.put(w, "GAS");
        }
        for (String w : List.of("oil", "crude", "refinery")) {
            m.put(w, "OIL");
        }
        for (String w : List.of("electricity", "power", "grid", "cable", "megawatt", "kilovolt")) {
            m.put(w, "POWER");
        }
        for (String w : List.of("rail", "railway", "railways", "railroad", "wagons", "trains")) {
            m.put(w, "RAIL");
        }
        for (String w : List.of("ferry", "ferries", "port", "ships", "tankers", "shipping")) {
            m.put(w, "SEA");
        }
        for (String w : List.of("border", "borders", "crossing", "crossings", "checkpoint", "checkpoints", "frontier")) {
            m.put(w, "BORDER");
        }
        for (String w : List.of("road", "roads", "highway", "lorries", "trucks", "lorry", "truck")) {
            m.put(w, "ROAD");
        }
        for (String w : List.of("flights", "flight", "airport", "airports", "airline", "airlines", "airspace")) {
            m.put(w, "AIR");
        }
        for (String w : List.of("pipeline", "link", "interconnector", "interconnection", "transit", "corridor")) {
            m.put(w, "LINK");
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Kinds of link a sentence describes by the states it joins rather than by a name. */
    private static final java.util.Set<String> OWN_LINK_KINDS = java.util.Set.of("BORDER", "ROAD", "AIR");

    /**
     * The id {@link #describedRoute} gives, when the sentence itself names two states and a border, road or flight
     * link ("flights from Baku to Grozny", "crossings with Belarus"); else null.
     */
    private String ownLink(NormSentence s) {
        String id = describedRoute(s);
        if (id == null) {
            return null;
        }
        String[] parts = id.split("_");
        return parts.length == 3 && OWN_LINK_KINDS.contains(parts[2]) ? id : null;
    }

    /**
     * An id for a route no gazetteer or earlier sentence names, from the states the sentence names and what the
     * route carries ("the 650-megawatt link between Finland and Estonia" -> FIN_EST_POWER): the vocabulary asks for
     * an invented short upper-case id outside its fixed list. Null when the sentence names no state or no kind.
     */
    private String describedRoute(NormSentence s) {
        String kind = null;
        for (Tok t : s.toks) {
            String k = ROUTE_KINDS.get(t.norm);
            if (k != null && (kind == null || kind.equals("LINK"))) {
                kind = k;
            }
        }
        java.util.List<String> states = new java.util.ArrayList<>();
        for (Tok t : s.toks) {
            if ((t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.PLACE) && !lex.isOrganisation(t.id)
                    && !states.contains(t.id) && states.size() < 2) {
                states.add(t.id);
            }
        }
        if (kind == null) {
            return null;
        }
        if (states.isEmpty() && st.focus != null) {
            // "Merdare, the second crossing used by freight, had been closed": a crossing or a flight named by a
            // place the gazetteer does not know lies in the article's own country
            states.add(st.focus);
        }
        if (states.isEmpty()) {
            return null;
        }
        return String.join("_", states) + "_" + kind;
    }

    /**
     * The route a sentence names: a route mention (the last one when there are several: "from Aktau across the
     * Caspian to Baku, where it enters the Baku-Tbilisi-Ceyhan pipeline" is about the pipeline the cargo ends in),
     * else a route pattern ("the pipeline to {FOCUS}").
     */
    private String routeIn(NormSentence s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ROUTE) {
                return t.id;
            }
        }
        if (!s.patternRouteIds.isEmpty()) {
            String id = s.patternRouteIds.get(0);
            return id.contains("{FOCUS}") ? (st.focus == null ? null : id.replace("{FOCUS}", st.focus)) : id;
        }
        return null;
    }

    /**
     * Who takes the position: the speaker of a quote around the sentence; else the first subject-like actor; else,
     * when the sentence speaks in the first person ("we will not allow"), the article's focus state (interviews,
     * press releases); else the first actor named that is not a modifier ("EU sanctions", "American lists") nor
     * after a preposition; else the state the previous sentences of the paragraph speak of; else the focus state.
     */
    String actor(NormSentence s) {
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && q.actor() != null) {
            return q.actor();
        }
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ACTOR && !afterPreposition(s, i) && !modifiesNoun(s, i)
                    && participants.subjectLike(s, i)) {
                return t.id;
            }
        }
        if (firstPerson(s) && st.focus != null) {
            return st.focus;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < s.size(); i++) {
                Tok t = s.toks.get(i);
                // first pass: names and demonyms that head their phrase; second: any mention not after a preposition
                if (t.kind == Tok.Kind.ACTOR && !afterPreposition(s, i) && (pass == 1 || !modifiesNoun(s, i))) {
                    return t.id;
                }
            }
        }
        for (int back = 1; back <= 2; back++) {
            NormSentence p = st.previous(s, back);
            if (p == null) {
                break;
            }
            for (int i = 0; i < p.size(); i++) {
                if (p.toks.get(i).kind == Tok.Kind.ACTOR && participants.subjectLike(p, i)) {
                    return p.toks.get(i).id;
                }
            }
        }
        return st.focus;
    }

    private static boolean firstPerson(NormSentence s) {
        for (Tok t : s.toks) {
            if (t.norm.equals("we") || t.norm.equals("our") || t.norm.equals("us")) {
                return true;
            }
        }
        return false;
    }

    /** "EU sanctions", "Western restrictions", "American and European lists": the mention qualifies a noun. */
    private boolean modifiesNoun(NormSentence s, int i) {
        if (i + 1 >= s.size()) {
            return false;
        }
        String next = s.toks.get(i + 1).norm;
        return next.startsWith("sanction") || next.equals("restrictions")
                || next.equals("lists") || next.equals("list") || next.equals("-");
    }

    /**
     * Whom the position is about: the first other party named in the sentence (an "anti-X" mention counts as X),
     * else the most recent other party of the previous sentence of the paragraph, else the article's other main
     * state.
     */
    String target(NormSentence s, String actor) {
        // states listed with the actor act together with it ("Lithuania, Latvia and Estonia cut ..."): not targets
        List<String> coActors = FieldRanker.coordinated(s, actor);
        for (Tok t : s.toks) {
            if ((t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION || t.kind == Tok.Kind.ANTI)
                    && !coActors.contains(t.id)) {
                return t.id;
            }
        }
        NormSentence p = st.previous(s, 1);
        if (p != null) {
            for (int i = p.size() - 1; i >= 0; i--) {
                Tok t = p.toks.get(i);
                if ((t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION) && !t.id.equals(actor)) {
                    return t.id;
                }
            }
        }
        String other = actor.equals(st.focus) ? st.secondary : st.focus;
        return other != null && !other.equals(actor) ? other : null;
    }

    private static final java.util.Set<String> OBLIQUE = java.util.Set.of("on", "against", "to", "from", "with", "into",
            "for", "by", "of", "toward", "towards", "onto", "via", "through", "including", "than");

    /**
     * Every mention of the party stands after a preposition (a list and "the" may come between: "the lists of the EU,
     * the UK and Japan", "exports to Israel", "sanctions on Russia") or qualifies "sanctions"/"lists": the sentence
     * names it as whom a measure concerns, not as who acts. "in" and "at" do not count ("officials in Washington").
     */
    boolean namedOnlyObliquely(NormSentence s, String party) {
        boolean named = false;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.kind != Tok.Kind.ACTOR || !party.equals(t.id)) {
                continue;
            }
            named = true;
            if (!modifiesNoun(s, i) && !afterObliqueWord(s, i)) {
                return false;
            }
        }
        return named;
    }

    private static boolean afterObliqueWord(NormSentence s, int i) {
        int p = i - 1;
        while (p >= 0 && (s.toks.get(p).norm.equals("the") || s.toks.get(p).norm.equals("and")
                || s.toks.get(p).norm.equals("or") || s.toks.get(p).norm.equals(",")
                || s.toks.get(p).kind == Tok.Kind.ACTOR)) {
            p--;
        }
        return p >= 0 && OBLIQUE.contains(s.toks.get(p).norm);
    }

    /** "sanctions on Russia", "talks with Ankara": a party after such a preposition is not the one speaking. */
    private static boolean afterPreposition(NormSentence s, int i) {
        if (i == 0) {
            return false;
        }
        String prev = s.toks.get(i - 1).norm;
        return prev.equals("on") || prev.equals("against") || prev.equals("with") || prev.equals("to")
                || prev.equals("by") || prev.equals("from") || prev.equals("toward") || prev.equals("towards");
    }

    private String speaker(NormSentence s) {
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && q.speaker() != null) {
            return q.speaker();
        }
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.ACTOR && t.person != null) {
                return t.person;
            }
        }
        return null;
    }

    /**
     * The rules' date choice ({@link DateChoice#pick}) with the whole sentence as evidence and no trigger: a date of
     * the sentence, of its quote, carried from the previous sentence, or for a statement reported without a day of its
     * own ("X said the law ran against ..."), the publication date.
     */
    private String date(NormSentence s, List<DateResolver.Mention> dates, boolean position) {
        return DateChoice.pick(st, s, s.start, s.end, s.start, dates, position);
    }
}
