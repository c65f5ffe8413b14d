package io.geowire.extract.internal;

import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.learned.EncoderCascadeStats;
import io.geowire.extract.learned.SentenceEncoder;
import io.geowire.extract.learned.SentenceModel;
import io.geowire.extract.learned.SentenceWords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The learned sentence stage on top of the rules. Every asserting sentence is encoded once; the model's type heads
 * say which event types it carries. The rules' events stay and get the calibrated probability of their type as
 * confidence; for a type the rules did not find in a sentence, the classifier adds an event when the calibrated
 * probability reaches the type's threshold and {@link LearnedFields} can fill its key fields.
 */
final class LearnedStage {
    /** Gazetteer flags appended to the embedding, in this order. */
    static final List<String> FLAGS = List.of("one_actor", "several_actors", "route", "person");

    /** Sanctions first: their position decides whether the sentence can also be a stance. */
    private static final List<String> ORDER = List.of("sanction_statement", "route_disruption", "stance");
    /**
     * Not joining or criticising sanctions is a position on the sanctions, not a distancing from (or alignment with)
     * the sanctioned state; complying and refusing to help evade them are both (see vocab.md).
     */
    private static final Set<String> NOT_A_STANCE = Set.of("not_join", "oppose");

    /** The calibrated probability a restated sanction position needs to count again (see repeatsConfidently). */
    private static final double REPEAT_CONFIDENCE = 0.5;
    private final SentenceModel model;
    private final SentenceEncoder encoder;
    private final Lexicon lex;
    private final Cues cues;

    private final FieldRanker ranker;

    /**
     * Per type, the calibrated probability (rules fired) below which a rule event is dropped: the rules match
     * on-topic background ("About 80% of exports leave through the CPC") that the classifier reads as eventless.
     */
    private final java.util.Map<String, Double> ruleFloors;

    /**
     * Checks a stance the classifier adds must pass (settings.tsv {@code learned_stance_checks}): on-topic
     * background reads as stance to the heads ("Direct negotiations between Russia and Ukraine were held in
     * Istanbul"), and the ranker then fills the actor from the article's focus. {@code actor_named}: the actor is
     * named in the sentence itself (a mention, a person of that state, the speaker of its quote); {@code target_named}:
     * so is the target; {@code opinion}: no analyst's view ("in his view", "analysts say"), as for the rules;
     * {@code conditional}: no "if"/"whether" before both parties are named.
     */
    private final Set<String> stanceChecks;

    /**
     * The encoder cascade (settings.tsv {@code encoder_cascade}): which sentences without a rule event are left out of
     * the encoder because no learned event can come of them ({@link #mayCarryLearnedEvent}). Each level changes no
     * event; they differ in what they spend to find out.
     */
    enum Cascade {
        /** Every sentence {@link #worthEncoding} picks is encoded, as before the cascade. */
        OFF,
        /** The cheap necessary conditions per type: parties named, a word of sanctions near, a route to fill. */
        FIELDS,
        /** As FIELDS, then the fields filled and the vector-free checks run for the types that pass. */
        CHECKS
    }

    private final Cascade cascade;

    /** The learned decision on context-filled stances ({@code context_gate}; context-gate.tsv). */
    private final ContextGate gate;

    LearnedStage(SentenceModel model, SentenceEncoder encoder, Lexicon lex, Cues cues, FieldRanker ranker,
                 java.util.Map<String, Double> ruleFloors, Set<String> stanceChecks) {
        this(model, encoder, lex, cues, ranker, ruleFloors, stanceChecks, Cascade.FIELDS);
    }

    LearnedStage(SentenceModel model, SentenceEncoder encoder, Lexicon lex, Cues cues, FieldRanker ranker,
                 java.util.Map<String, Double> ruleFloors, Set<String> stanceChecks, Cascade cascade) {
        this(model, encoder, lex, cues, ranker, ruleFloors, stanceChecks, cascade, new ContextGate(null, 0));
    }

    LearnedStage(SentenceModel model, SentenceEncoder encoder, Lexicon lex, Cues cues, FieldRanker ranker,
                 java.util.Map<String, Double> ruleFloors, Set<String> stanceChecks, Cascade cascade,
                 ContextGate gate) {
        this.gate = gate;
        this.cascade = cascade;
        this.ruleFloors = ruleFloors;
        this.stanceChecks = stanceChecks;
        if (!model.encoder().equals(encoder.name())) {
            throw new IllegalArgumentException("model trained on " + model.encoder() + " vectors, encoder is "
                    + encoder.name());
        }
        if (!model.flags().equals(FLAGS)) {
            throw new IllegalArgumentException("model expects flags " + model.flags() + ", extractor gives " + FLAGS);
        }
        this.model = model;
        this.encoder = encoder;
        this.lex = lex;
        this.cues = cues;
        this.ranker = ranker;
    }

    static double[] flags(NormSentence s) {
        Set<String> actors = new HashSet<>();
        boolean route = !s.patternRouteIds.isEmpty();
        boolean person = false;
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.ACTOR) {
                actors.add(t.id);
                person |= t.person != null;
            }
            route |= t.kind == Tok.Kind.ROUTE;
        }
        return new double[] {actors.size() == 1 ? 1 : 0, actors.size() > 1 ? 1 : 0, route ? 1 : 0, person ? 1 : 0};
    }

    static String surface(String text, NormSentence s) {
        return text.substring(s.start, s.end).replaceAll("\\s+", " ").strip();
    }

    /** True if anything the project tracks (a state, an organisation, a route) is named: else no encoder call. */
    static boolean relevant(List<NormSentence> sents) {
        for (NormSentence s : sents) {
            if (namesTracked(s)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence names a state, an organisation, a person of the gazetteer or a route. */
    static boolean namesTracked(NormSentence s) {
        if (!s.patternRouteIds.isEmpty()) {
            return true;
        }
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.ROUTE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether sentence {@code i} is worth an encoder call: it names something tracked, or the sentence before it
     * does ("Flows resumed on Thursday." after the sentence naming the pipeline). The encoder is nearly all of the
     * extraction's CPU; a sentence far from any named party rarely yields an event the rules did not already find.
     */
    static boolean worthEncoding(List<NormSentence> sents, int i) {
        return namesTracked(sents.get(i)) || (i > 0 && namesTracked(sents.get(i - 1)));
    }

    /**
     * With {@code encode_voice} or {@code context_parties} (settings.tsv): the sentence speaks for a party without
     * naming one ("We consider this unacceptable." in a minister's transcript, "In January 2023 it declined to host
     * the drills"), so it is worth an encoder call as if it named that party ({@link ContextParties#impliedSubject}).
     */
    private boolean voiced(ArticleState st, LearnedFields fields, NormSentence s) {
        return (stanceChecks.contains("encode_voice") || stanceChecks.contains("context_parties"))
                && ContextParties.impliedSubject(st, fields.participants(), s) != null;
    }

    /**
     * A sentence that names nothing tracked but where a route rule's trigger matched without a route to fill ("All
     * traffic across the bridge has stopped.", "The checkpoints that were closed will be opened"): with the switch
     * {@code route_trigger_encoding} (settings.tsv {@code learned_route_sanction_checks}) it is encoded, and the
     * classifier's route event takes its route from the sentences before ({@link LearnedFields#routeFor}). Off by
     * default: train +9 right / +2 wrong route events, dev +1 wrong (docs/decisions.md, issue 11, xrs).
     */
    private boolean routeTriggerWorthEncoding(NormSentence s) {
        return s.routeTrigger && stanceChecks.contains("route_trigger_encoding");
    }

    /**
     * Whether the classifier could add an event to this sentence whatever the encoder makes of it: the encoder cascade,
     * asked before any encoder call. For each type it first tests a cheap necessary condition (stance, with
     * {@code actor_named} and {@code target_named}: the sentence names two distinct parties, a mention, a person, an
     * affiliated entity, "anti-X", or the speaker of its quote; sanction statement, with {@code sanction_context}: a
     * word of sanctions in the sentence or the two before it; route disruption: {@link LearnedFields#routeFor} finds a
     * route), then (level CHECKS) fills the event's fields and runs the checks as {@link #apply} would ({@link #checkedDrafts}) with
     * the label and modality that let most through: "asserted" (only "denied" stops an event), a non-neutral polarity
     * (only it pairs parties both ways), "comply" (not a measure whose hit party could be its actor; a position cue in
     * the sentence overrides any label alike), any route status (no check reads it). What is left out is the sink's
     * state (what the article already states, the rules' positions in the sentence), which only stops events. So a
     * sentence this says no to yields no learned event whatever its vector, and skipping its encoder call changes
     * nothing. A sentence with a rule event is encoded regardless (the event's confidence and veto come from the heads).
     */
    boolean mayCarryLearnedEvent(ArticleState st, LearnedFields fields, NormSentence s,
                                 List<DateResolver.Mention> dates) {
        int partiesNeeded = (stanceChecks.contains("actor_named") ? 1 : 0) + (stanceChecks.contains("target_named") ? 1 : 0);
        boolean checks = cascade == Cascade.CHECKS;
        if (!checks && fields.articleNamesRoute()) {
            // the article's main route can fill a route event in any of its sentences: keep, and spend no more here
            return true;
        }
        int named = namedParties(st, s, partiesNeeded);
        if (named < partiesNeeded && stanceChecks.contains("pronoun_actor")
                && fields.participants().pronounState(s) != null) {
            // "It declined to host the drills": the actor is the state an earlier sentence opened with
            named++;
        }
        if (named < partiesNeeded && stanceChecks.contains("context_parties")) {
            // "We do not have to choose.", "Washington hailed the deal": the other side comes from the story
            named = ContextParties.parties(st, fields.participants(), s, named,
                    stanceChecks.contains("context_paragraph"));
        }
        if (named >= partiesNeeded
                && (!checks || !checkedDrafts(st, fields, s, "stance", "aligning", "asserted", dates).isEmpty())) {
            return true;
        }
        if ((!stanceChecks.contains("sanction_context") || sanctionContext(st, cues, s))
                && (!checks || !checkedDrafts(st, fields, s, "sanction_statement", "comply", "asserted", dates)
                        .isEmpty())) {
            return true;
        }
        return fields.routeFor(s) != null
                && (!checks || !checkedDrafts(st, fields, s, "route_disruption", "disrupted", "asserted", dates)
                        .isEmpty());
    }

    /**
     * How many distinct parties {@link #namedIn} finds in the sentence, counting up to {@code enough}: the ids of its
     * mentions other than words, punctuation and routes, and the speaker of its quote.
     */
    static int namedParties(ArticleState st, NormSentence s, int enough) {
        Set<String> ids = new HashSet<>();
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && q.actor() != null) {
            ids.add(q.actor());
        }
        for (Tok t : s.toks) {
            if (ids.size() >= enough) {
                break;
            }
            if (t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.PUNCT && t.kind != Tok.Kind.ROUTE && t.id != null) {
                ids.add(t.id);
            }
        }
        return ids.size();
    }

    void apply(ArticleState st, List<List<DateResolver.Mention>> dates, EventSink sink, String defaultSanctioned) {
        apply(st, dates, sink, defaultSanctioned, TraceRecorder.NONE);
    }

    void apply(ArticleState st, List<List<DateResolver.Mention>> dates, EventSink sink, String defaultSanctioned,
               TraceRecorder trace) {
        if (!relevant(st.sents)) {
            return;
        }
        List<NormSentence> asserting = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<SentenceWords> words = new ArrayList<>();
        LearnedFields fields = new LearnedFields(st, lex, cues, defaultSanctioned, ranker, stanceChecks);
        for (int i = 0; i < st.sents.size(); i++) {
            NormSentence s = st.sents.get(i);
            // a sentence the rules found an event in is encoded too: the event's confidence comes from the heads
            boolean ruleEvent = hasRuleEvent(sink, s);
            if (s.asserts && (worthEncoding(st.sents, i) || ruleEvent || voiced(st, fields, s)
                    || routeTriggerWorthEncoding(s))) {
                if (cascade != Cascade.OFF && !ruleEvent && !mayCarryLearnedEvent(st, fields, s, dates.get(i))) {
                    EncoderCascadeStats.skipped();
                    continue;
                }
                EncoderCascadeStats.encoded();
                asserting.add(s);
                SentenceWords w = model.readsParties() ? PartyWords.of(st.text, s)
                        : SentenceWords.plain(surface(st.text, s));
                words.add(w);
                // a masked model's vectors are of the sentence with its names replaced (as it was trained)
                texts.add(model.encodesMasked() ? w.masked() : w.text());
            }
        }
        float[][] vectors = encoder.encode(texts);
        List<Integer> vetoed = new ArrayList<>();
        for (int i = 0; i < asserting.size(); i++) {
            NormSentence s = asserting.get(i);
            SentenceModel.Prediction p = model.predict(vectors[i], flags(s), words.get(i));
            for (String type : ORDER) {
                List<Integer> ruleEvents = sink.indicesIn(type, s.start, s.end);
                double logOdds = p.logOdds().get(type);
                if (!ruleEvents.isEmpty()) {
                    double c = model.probability(type, logOdds, true);
                    trace.scored(s, type, c, ruleFloors.getOrDefault(type, 0.0));
                    ruleEvents.forEach(k -> sink.setConfidence(k, c));
                    if (c < ruleFloors.getOrDefault(type, 0.0)) {
                        vetoed.addAll(ruleEvents);
                        traceVetoes(trace, sink, s, ruleEvents, "vetoed:rule_floor");
                    } else if (type.equals("stance") && stanceChecks.contains("concession")) {
                        // the rules match a concession's verbs too ("..., although Moscow keeps accusing Kyiv")
                        List<Integer> conceded = conceded(st, sink, s, ruleEvents);
                        vetoed.addAll(conceded);
                        traceVetoes(trace, sink, s, conceded, "vetoed:concession");
                    }
                    continue;
                }
                double prob = model.probability(type, logOdds, false);
                trace.scored(s, type, prob, model.threshold(type));
                if (prob < model.threshold(type)) {
                    continue;
                }
                String blocked = blocked(st, sink, s, type);
                if (blocked != null) {
                    trace.step(s, type, null, blocked);
                    continue;
                }
                EventSink.Draft d = fields.fill(type, p.labels().get(type), p.modality(), s, dates.get(s.index));
                if (d == null) {
                    trace.step(s, type, null, fields.failure());
                }
                for (EventSink.Draft each : d == null ? List.<EventSink.Draft>of() : expand(fields, d, s)) {
                    String dropped = dropped(st, fields.participants(), sink, s, each, dates.get(s.index), prob);
                    java.util.Map<String, Double> context = dropped == null
                            ? contextFeatures(st, fields.participants(), s, each, prob) : java.util.Map.of();
                    if (dropped == null && !context.isEmpty() && stanceChecks.contains("context_gate")
                            && !gate.keeps(ContextGate.vector(context))) {
                        dropped = "check:context_gate";
                    }
                    if (dropped == null) {
                        each.confidence = prob;
                        dropped = sink.add(each) ? "emitted" : "duplicate";
                    }
                    trace.step(s, type, each, dropped, context);
                }
            }
        }
        sink.removeAll(vetoed);
    }

    /**
     * The events of {@code type} the classifier would add to the sentence with this label and modality, before the
     * check against what the article already states: key fields filled ({@link LearnedFields#fill}), one per listed
     * party, each past the route, sanction and stance checks, as {@link #apply} fills and checks them. None of it reads
     * the sentence's vector, so the encoder cascade runs it before any encoder call.
     */
    private List<EventSink.Draft> checkedDrafts(ArticleState st, LearnedFields fields, NormSentence s, String type,
                                                String label, String modality, List<DateResolver.Mention> dates) {
        if (failedRouteSanctionCheck(st, s, type) != null) {
            return List.of();
        }
        EventSink.Draft d = fields.fill(type, label, modality, s, dates);
        List<EventSink.Draft> out = new ArrayList<>();
        for (EventSink.Draft each : d == null ? List.<EventSink.Draft>of() : expand(fields, d, s)) {
            if (failedDraftCheck(st, fields.participants(), s, each) == null) {
                out.add(each);
            }
        }
        return out;
    }

    /**
     * Why the classifier's event of {@code type} is not even drafted for the sentence, or null. A stance is not read
     * where the sentence states a sanctions position that is none ({@link #NOT_A_STANCE}); a sentence the rules read
     * as a neutral stance ("has neither condemned nor supported Russia's invasion") takes no side, so it states no
     * sanction position either: the rules' reading wins; then the route and sanction checks.
     */
    private String blocked(ArticleState st, EventSink sink, NormSentence s, String type) {
        if (type.equals("stance") && sink.hasPositionIn(NOT_A_STANCE, s.start, s.end)) {
            return "not_a_stance";
        }
        if (type.equals("sanction_statement") && stanceChecks.contains("sanction_not_in_neutral_stance")
                && sink.hasPolarityIn("neutral", s.start, s.end)) {
            return "check:sanction_not_in_neutral_stance";
        }
        String check = failedRouteSanctionCheck(st, s, type);
        return check == null ? null : "check:" + check;
    }

    /** Why a drafted event is not added, or null: a position the article already states, or a failed check. */
    private String dropped(ArticleState st, Participants participants, EventSink sink, NormSentence s,
                           EventSink.Draft each, List<DateResolver.Mention> ds, double prob) {
        // a position the article already states (by rule or classifier) is not a new event
        if (alreadyStated(st, participants, sink, s, each, ds, prob)) {
            return "repeated_keys";
        }
        return failedDraftCheck(st, participants, s, each);
    }

    /**
     * The context gate's features of a stance that passed its checks only because {@code context_parties} let the
     * story supply its actor or target ({@link ContextGate#fill}); empty for any other event. The trace keeps them,
     * so {@code ./geowire train --context-gate-only} can label them against the gold.
     */
    private java.util.Map<String, Double> contextFeatures(ArticleState st, Participants participants, NormSentence s,
                                                          EventSink.Draft d, double prob) {
        if (!d.type.equals("stance") || !stanceChecks.contains("context_parties")) {
            return java.util.Map.of();
        }
        ContextGate.Fill f = ContextGate.fill(st, participants, s, d.actor, d.target,
                stanceChecks.contains("context_paragraph"));
        return f == null ? java.util.Map.of() : ContextGate.features(st, s, d.actor, d.target, d.polarity, prob, f);
    }

    /** The stance or sanction check (as "check:NAME") a drafted event fails, or null. */
    private String failedDraftCheck(ArticleState st, Participants participants, NormSentence s, EventSink.Draft each) {
        if (each.type.equals("stance")) {
            String check = failedStanceCheck(st, participants, s, each);
            if (check != null) {
                return "check:" + check;
            }
        }
        if (each.type.equals("sanction_statement") && stanceChecks.contains("sanctioned_actor")
                && onlySanctioned(st, participants, cues, s, each)) {
            return "check:sanctioned_actor";
        }
        return null;
    }

    private static void traceVetoes(TraceRecorder trace, EventSink sink, NormSentence s, List<Integer> indices,
                                    String why) {
        if (trace.on()) {
            List<ExtractedEvent> events = sink.events();
            indices.forEach(k -> trace.step(s, events.get(k), why));
        }
    }

    private List<Integer> conceded(ArticleState st, EventSink sink, NormSentence s, List<Integer> ruleEvents) {
        List<Integer> out = new ArrayList<>();
        List<ExtractedEvent> events = sink.events();
        for (int k : ruleEvents) {
            ExtractedEvent e = events.get(k);
            if (onlyConceded(st, cues, s, e.actor(), e.target())) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Checks a route or sanction event the classifier adds must pass ({@code learned_route_sanction_checks}):
     * {@code analyst_view}: no analyst's, economist's or critic's view ("Some analysts think it could reach 100 dollars
     * if the United States bans ..."); {@code sanction_context}: a sanction statement has a word of sanctions or of like
     * measures in its sentence or in one of the two before it; {@code route_unaffected}: a route event's sentence does
     * not say the route works as before ("was not affected", "as usual", "in normal mode"). The heads read on-topic background as a position
     * ("Azerbaijan's state shipping company ordered new ro-ro vessels", "Russia will not extend the grain deal").
     */
    private String failedRouteSanctionCheck(ArticleState st, NormSentence s, String type) {
        if (type.equals("stance")) {
            return null;
        }
        if (stanceChecks.contains("analyst_view") && cues.any("analyst_view", s.text, 0, s.text.length())) {
            return "analyst_view";
        }
        if (type.equals("route_disruption")) {
            // "Rail traffic between Belarus and Lithuania was not affected", "transit continues in normal mode"
            if (stanceChecks.contains("route_unaffected") && cues.any("route_unaffected", s.text, 0, s.text.length())) {
                return "route_unaffected";
            }
            // a share of trade through a route, a habit, one person's view: background, unless a halt is stated
            if (RouteBackground.describes(cues, s)) {
                return "route_background";
            }
            // the route's past recalled as a whole (settings.tsv background_checks, xbackground)
            return stanceChecks.contains("route_history") && RouteBackground.recalled(cues, s, st.dates.published())
                    ? "route_history" : null;
        }
        if (stanceChecks.contains("sanction_context") && !sanctionContext(st, cues, s)) {
            return "sanction_context";
        }
        // sanctions named only as a cause, frame or time, no position stated (settings.tsv background_checks)
        if (stanceChecks.contains("sanction_circumstance") && SanctionBackground.circumstanceOnly(cues, s)) {
            return "sanction_circumstance";
        }
        return stanceChecks.contains("own_export") && ownExportRule(cues, s) ? "own_export" : null;
    }

    /**
     * A limit a state sets on its own exports ("plans to impose restrictions on the export of wheat and flour") is
     * trade policy, not a position on sanctions: the sentence names an export measure (cues.tsv {@code export_measure})
     * but no word of sanctions proper (cues.tsv {@code sanction_word}) and no second state the measure is aimed at
     * ("restricted the export of 54 product groups to Israel" is a sanction).
     */
    static boolean ownExportRule(Cues cues, NormSentence s) {
        if (!cues.any("export_measure", s.text, 0, s.text.length())
                || cues.any("sanction_word", s.text, 0, s.text.length())) {
            return false;
        }
        String first = null;
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION || t.kind == Tok.Kind.ANTI) {
                if (first != null && !first.equals(t.id)) {
                    return false;
                }
                first = t.id;
            }
        }
        return true;
    }

    /** The sentence or one of the two before it (a headline too: "... on the Keremet Bank sanctions") speaks of sanctions. */
    static boolean sanctionContext(ArticleState st, Cues cues, NormSentence s) {
        for (int i = s.index; i >= Math.max(0, s.index - 2); i--) {
            NormSentence each = st.sents.get(i);
            if (cues.any("sanction_context", each.text, 0, each.text.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A position the article already states is not a new event; for a stance only within the sentence's paragraph
     * when its actor speaks it, or (settings.tsv {@code repeat_new_act}) when the sentence dates it or the pair is not
     * the article's main pair: real reporting states the same stance again later as a new act ("Armenia agreed to
     * grant the United States development rights ..." after the headline's deal), and the gold counts each
     * (docs/decisions.md, "Issue 11, stance error analysis" and "... miss tracer (xstance2)"); for a sanction
     * statement the heads find likely too ({@link #repeatsConfidently}).
     */
    private boolean alreadyStated(ArticleState st, Participants participants, EventSink sink, NormSentence s,
            EventSink.Draft d, List<DateResolver.Mention> ds, double prob) {
        if (d.type.equals("route_disruption")) {
            // a route halted, restarted or planned again is a new event: the gold of the own corpora lists a third of
            // its route events under a route and status the article has already reported (issue 11, xroute)
            return sink.hasKeysIn(d, paragraphStart(st, s), paragraphEnd(st, s));
        }
        if (d.type.equals("sanction_statement") && repeatsConfidently(prob)) {
            return sink.hasKeysIn(d, paragraphStart(st, s), paragraphEnd(st, s));
        }
        boolean newAct = d.type.equals("stance") && (actorSpeaks(st, participants, s, d.actor)
                || (stanceChecks.contains("repeat_new_act") && (dated(ds) || !mainPair(st, d))));
        if (!newAct) {
            return sink.hasKeys(d);
        }
        return sink.hasKeysIn(d, paragraphStart(st, s), paragraphEnd(st, s));
    }

    /**
     * A sanction position stated again in another paragraph is a new event when the heads read the sentence as more
     * likely than not a statement ({@code sanction_repeats}): interviews and press releases restate a position in
     * new words ("We are applying EU sanctions", later "Vilnius would abide by the guidance"), and the gold of the own
     * corpora counts each; a less certain repeat is mostly background naming the same measures again.
     */
    private boolean repeatsConfidently(double prob) {
        return stanceChecks.contains("sanction_repeats") && prob >= REPEAT_CONFIDENCE;
    }

    /**
     * The sentence dates something of its own ("In January 2023 it declined to host ...", "on Monday"): a dated
     * act stated again in another paragraph is another act, which the gold counts (issue 11, xstance2).
     */
    private static boolean dated(List<DateResolver.Mention> ds) {
        return ds.stream().anyMatch(m -> !m.bound() && m.value() != null);
    }

    /**
     * The pair is the article's two most named states: analyses restate their main pair in many paragraphs
     * ("Russia, however, needs to maintain the established order in its relations with Kazakhstan"), the seeds'
     * gold does not count those again; another pair named again is usually a new act.
     */
    private static boolean mainPair(ArticleState st, EventSink.Draft d) {
        return java.util.Set.of(String.valueOf(st.focus), String.valueOf(st.secondary))
                .equals(java.util.Set.of(d.actor, d.target));
    }

    private static int paragraphStart(ArticleState st, NormSentence s) {
        int start = s.start;
        for (NormSentence other : st.sents) {
            if (other.paragraph == s.paragraph) {
                start = Math.min(start, other.start);
            }
        }
        return start;
    }

    private static int paragraphEnd(ArticleState st, NormSentence s) {
        int end = s.end;
        for (NormSentence other : st.sents) {
            if (other.paragraph == s.paragraph) {
                end = Math.max(end, other.end);
            }
        }
        return end;
    }

    /**
     * The actor itself is reported as speaking in the sentence: it speaks its quote or is the subject of a speech
     * verb ("Kazakhstan said on Saturday", "Spokesman Dmitry Peskov
     * said"). Background that merely mentions the parties again ("Whereas Russia is weak ...") is not.
     */
    private static boolean actorSpeaks(ArticleState st, Participants participants, NormSentence s, String actor) {
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && actor.equals(q.actor())) {
            return true;
        }
        return actor.equals(participants.speechSubject(s, s.size()));
    }

    /** The name of the first learned stance check (settings.tsv) the draft fails, or null. */
    private String failedStanceCheck(ArticleState st, Participants participants, NormSentence s,
                                     EventSink.Draft d) {
        if (stanceChecks.contains("actor_named") && !namedIn(st, s, d.actor)
                && !(stanceChecks.contains("pronoun_actor") && d.actor.equals(participants.pronounState(s)))
                && !(stanceChecks.contains("context_parties")
                        && ContextParties.impliedActor(st, participants, s, d.actor))) {
            return "actor_named";
        }
        if (stanceChecks.contains("target_named") && !namedIn(st, s, d.target)
                && !(stanceChecks.contains("context_parties") && ContextParties.impliedTarget(st, s, d.actor,
                        d.target, stanceChecks.contains("context_paragraph")))) {
            return "target_named";
        }
        if (stanceChecks.contains("opinion") && cues.any("opinion", s.text, 0, s.text.length())) {
            return "opinion";
        }
        if (stanceChecks.contains("conditional") && conditionalBeforeParties(s, d)) {
            return "conditional";
        }
        if (stanceChecks.contains("history") && beforeStory(st, d.date)) {
            return "history";
        }
        if (stanceChecks.contains("concession") && onlyConceded(st, cues, s, d.actor, d.target)) {
            return "concession";
        }
        if (stanceChecks.contains("comparison")
                && (onlyCompared(st, cues, s, d.actor) || onlyCompared(st, cues, s, d.target))) {
            return "comparison";
        }
        return null;
    }

    /**
     * Every mention of the party in the sentence stands in a comparison ("unlike Belarus or China, ...", "in Kazakh
     * rather than Russian, a choice ..."): the sentence measures another state against it and takes no position
     * towards it. A comparison runs from its cue (cues.tsv {@code comparison}) to the next comma, semicolon or dash.
     * The speaker of the sentence's quote is named outside any comparison.
     */
    static boolean onlyCompared(ArticleState st, Cues cues, NormSentence s, String party) {
        return onlyIn(st, cues, "comparison", s, party);
    }

    /**
     * The target is named only in a concession and the actor nowhere outside it ("Although the country is unlikely to leave the CSTO, ...", "...,
     * while Moscow keeps accusing Kyiv"): the clause grants background the sentence then sets aside; the position,
     * if any, is in the main clause. Runs from a cues.tsv {@code concession} word to the next comma or semicolon.
     */
    static boolean onlyConceded(ArticleState st, Cues cues, NormSentence s, String actor, String target) {
        if (actor == null || target == null || !onlyIn(st, cues, "concession", s, target)) {
            return false;
        }
        // the actor may be named in the concession too, or not at all ("Although the nation is unlikely to leave ...")
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && actor.equals(q.actor())) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.PUNCT && t.kind != Tok.Kind.ROUTE
                    && actor.equals(t.id) && !inPhrase(cues, "concession", s, i)) {
                return false;
            }
        }
        return true;
    }

    /** Every mention of the party in the sentence lies in a phrase opened by a cue of the category. */
    private static boolean onlyIn(ArticleState st, Cues cues, String category, NormSentence s, String party) {
        Quotes.Quote q = st.quotes.at(s.start);
        if (party == null || (q != null && party.equals(q.actor()))) {
            return false;
        }
        boolean mentioned = false;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (!namesParty(t) || !party.equals(t.id)) {
                continue;
            }
            if (!inPhrase(cues, category, s, i)) {
                return false;
            }
            mentioned = true;
        }
        return mentioned;
    }

    /**
     * The stance is dated two or more calendar years before the article was published ("Moldova joined the CIS in
     * 1994", "frosty since 2013, when Albania agreed ..."): history the story recalls, not a position it reports. Of
     * 782 gold stances of the train, dev and seed splits, one is dated so early. False when the publication date is
     * unknown or the date has no year.
     */
    static boolean beforeStory(ArticleState st, String date) {
        java.time.LocalDate published = st.dates.published();
        if (published == null || date == null || date.length() < 4 || !date.substring(0, 4).matches("\\d{4}")) {
            return false;
        }
        return Integer.parseInt(date.substring(0, 4)) <= published.getYear() - 2;
    }

    /** Positions an actor takes by imposing or threatening measures: the party the measures hit does neither. */
    private static final Set<String> IMPOSING = Set.of("support", "threaten");
    /** Words before a party that make it the one measures are placed on ("sanctions on Russia", "bans against"). */
    private static final Set<String> HIT_BY = Set.of("on", "against", "onto", "targeting", "targets", "targeted");

    /**
     * A learned support or threat whose actor the sentence names only as the party the measures hit: after "on" or
     * "against" ("entry bans on Georgian officials") or as the nationality of firms, banks or people ("Kyrgyz and
     * Kazakh firms have found themselves on American lists", cues.tsv {@code nonofficial}). The heads see a sanction
     * being imposed; the ranker then picks the only state the sentence names. An actor that speaks the sentence or its
     * quote, or that the sentence does not name at all, is left alone.
     */
    static boolean onlySanctioned(ArticleState st, Participants participants, Cues cues, NormSentence s,
                                  EventSink.Draft d) {
        if (d.actor == null || d.position == null || !IMPOSING.contains(d.position)) {
            return false;
        }
        Quotes.Quote q = st.quotes.at(s.start);
        if ((q != null && d.actor.equals(q.actor())) || d.actor.equals(participants.speechSubject(s, s.size()))) {
            return false;
        }
        boolean mentioned = false;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.kind != Tok.Kind.ACTOR || !d.actor.equals(t.id)) {
                continue;
            }
            if (!hitBy(s, i) && !qualifiesPeople(cues, s, i)) {
                return false;
            }
            mentioned = true;
        }
        return mentioned;
    }

    /** "on Russia", "against the Russian ..." (an article or a listed state may stand between). */
    private static boolean hitBy(NormSentence s, int i) {
        int p = i - 1;
        while (p >= 0 && (s.toks.get(p).norm.equals("the") || s.toks.get(p).norm.equals("and")
                || s.toks.get(p).norm.equals(",") || s.toks.get(p).kind == Tok.Kind.ACTOR)) {
            p--;
        }
        return p >= 0 && HIT_BY.contains(s.toks.get(p).norm);
    }

    /** "Kyrgyz and Kazakh firms", "Russian citizens": the mention (or a list it heads) qualifies non-official people. */
    private static boolean qualifiesPeople(Cues cues, NormSentence s, int i) {
        int n = i + 1;
        while (n < s.size() && (s.toks.get(n).norm.equals("and") || s.toks.get(n).norm.equals("or")
                || s.toks.get(n).norm.equals(",") || s.toks.get(n).kind == Tok.Kind.ACTOR)) {
            n++;
        }
        if (n >= s.size()) {
            return false;
        }
        String head = s.toks.get(n).norm;
        return cues.isWord("nonofficial", head) || cues.isWord("sanctioned_people", head);
    }

    /** Token {@code i} follows a cue of the category with no comma, semicolon or dash between them. */
    private static boolean inPhrase(Cues cues, String category, NormSentence s, int i) {
        int at = cues.findLast(category, s.text, 0, s.position(i));
        if (at < 0) {
            return false;
        }
        for (int k = s.tokenAt(at); k < i; k++) {
            String w = s.toks.get(k).norm;
            if (w.equals(",") || w.equals(";") || w.equals("-") || w.equals("\u2013") || w.equals("\u2014")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "if" or "whether" before the sentence names both parties: the stance is a condition or a question ("if Belarus
     * was Russia's closest ally ...", "whether or not it is sending arms to Ukraine"), not a position; as for the
     * rules, where such a cue between clause start and trigger stops a stance.
     */
    private boolean conditionalBeforeParties(NormSentence s, EventSink.Draft d) {
        int cue = cues.find("conditional", s.text, 0, s.text.length());
        if (cue < 0) {
            return false;
        }
        int last = -1;
        for (String party : new String[] {d.actor, d.target}) {
            for (int i = 0; i < s.toks.size(); i++) {
                if (party.equals(s.toks.get(i).id) && s.toks.get(i).kind != Tok.Kind.ROUTE) {
                    last = Math.max(last, s.position(i));
                    break;
                }
            }
        }
        return cue < last;
    }

    /**
     * The party is named in the sentence (a mention, a person of that state, an affiliated entity or "anti-X") or is
     * the speaker of its quote.
     */
    static boolean namedIn(ArticleState st, NormSentence s, String party) {
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && party.equals(q.actor())) {
            return true;
        }
        for (Tok t : s.toks) {
            if (namesParty(t) && party.equals(t.id)) {
                return true;
            }
        }
        return false;
    }

    /** A token that names a party: an actor, an affiliated entity, a place or an "anti-X" (not a word or a route). */
    static boolean namesParty(Tok t) {
        return t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.PUNCT && t.kind != Tok.Kind.ROUTE;
    }

    private static boolean hasRuleEvent(EventSink sink, NormSentence s) {
        for (String type : ORDER) {
            if (!sink.indicesIn(type, s.start, s.end).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** One event per listed actor (and per listed target) of a stance or sanction statement. */
    private List<EventSink.Draft> expand(LearnedFields fields, EventSink.Draft d, NormSentence s) {
        if (d.actor == null) {
            return List.of(d);
        }
        List<EventSink.Draft> out = new ArrayList<>();
        List<String> targets = d.target == null ? java.util.Collections.singletonList(null)
                : FieldRanker.coordinated(s, d.target);
        List<String> actors = FieldRanker.coordinated(s, d.actor);
        // "Armenia and Azerbaijan agreed ...": parties named together as the subject act towards each other
        boolean mutual = d.target != null && actors.contains(d.target) && !"neutral".equals(d.polarity);
        for (String actor : actors) {
            for (String target : targets) {
                boolean reverse = mutual && actor.equals(d.target) && d.actor.equals(target);
                if (target != null && !reverse
                        && (target.equals(actor) || (!target.equals(d.target) && actor.equals(d.target)))) {
                    continue;
                }
                EventSink.Draft c = d.copy();
                c.actor = actor;
                c.target = target;
                if (target != null) {
                    c.topic = c.polarity + " " + lex.actorName(target);
                }
                out.add(c);
            }
        }
        return out;
    }

    /** Views of the sentences for training: text, flags and the types the rules found there. */
    static List<SentenceView> views(ArticleState st, List<ExtractedEvent> ruleEvents) {
        List<SentenceView> out = new ArrayList<>();
        for (NormSentence s : st.sents) {
            Set<String> types = new HashSet<>();
            for (ExtractedEvent e : ruleEvents) {
                if (e.evidenceStart() >= s.start && e.evidenceStart() < s.end) {
                    types.add(e.type());
                }
            }
            out.add(new SentenceView(s.start, s.end, s.paragraph, surface(st.text, s), flags(s), Set.copyOf(types),
                    s.asserts, PartyWords.of(st.text, s)));
        }
        return out;
    }
}
