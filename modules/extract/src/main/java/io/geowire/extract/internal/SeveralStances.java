package io.geowire.extract.internal;

import io.geowire.extract.ExtractedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stance events a sentence carries besides the one the rules or the classifier gave it, where its wording says so
 * (settings.tsv {@code several_stances}; docs/decisions.md, "Issue 11, several stance events in one sentence
 * (xmulti)"). A fifth of the gold stance events share their sentence with another stance event, and both stages give a
 * sentence one reading. On by default: {@code joint_act}; measured and off: the others.
 * <ul>
 *   <li>{@code reciprocal}: "Armenia and Azerbaijan signed a joint declaration", "the two sides agreed to ...": an act
 *   two parties do together is each one's alignment with the other, so an aligning A-&gt;B gets its B-&gt;A ({@code reciprocal_verb}: only where the act is the verb of the
 *   pair, as for {@code joint_act});</li>
 *   <li>{@code joint_act}: a sentence without a rule stance whose two parties are the joint subject of such an act
 *   ("On 19 April the commissions of Armenia and Azerbaijan agreed on the line") gives both stances, as a rule
 *   would, before the learned stage (which scores and may veto them like the rules' events);</li>
 *   <li>{@code rule_lists}: a rule's stance whose actor or target stands in a list ("Lithuania, Latvia and Estonia
 *   disconnected ...", "... memoranda with Bulgaria, Serbia and Slovakia") is one event per listed party, as the
 *   classifier's stances already are.</li>
 * </ul>
 */
final class SeveralStances {
    static final String RECIPROCAL = "reciprocal";
    static final String RULE_LISTS = "rule_lists";
    static final String JOINT_ACT = "joint_act";
    static final String RECIPROCAL_VERB = "reciprocal_verb";

    /** How many tokens may stand between a party of a joint subject and its "and" ("Bulgaria's state gas supplier"). */
    private static final int PAIR_REACH = 6;
    /** How many tokens after a joint subject its act may come ("Russia and Belarus on Thursday signed"). */
    private static final int ACT_REACH = 10;
    /** How many tokens after the joint subject its verb may come, for {@code joint_act} ("on Thursday signed"). */
    private static final int VERB_REACH = 3;
    /** A rule's confidence for an event whose parties the sentence names (SentenceRules' base). */
    private static final double JOINT_ACT_CONFIDENCE = 0.55;

    private final Cues cues;
    private final Lexicon lex;
    private final Set<String> options;

    SeveralStances(Cues cues, Lexicon lex, Set<String> options) {
        this.cues = cues;
        this.lex = lex;
        this.options = options;
    }

    boolean on(String option) {
        return options.contains(option);
    }

    /**
     * With {@code rule_lists}: each rule stance of the sentence is repeated for the other parties listed with its
     * actor or its target. Run on the rules' events, before the learned stage reads their sentence.
     */
    void expandRuleLists(ArticleState st, EventSink sink, TraceRecorder trace) {
        if (!on(RULE_LISTS)) {
            return;
        }
        for (NormSentence s : st.sents) {
            for (ExtractedEvent e : stancesIn(sink, s)) {
                for (EventSink.Draft d : listed(s, e)) {
                    trace.step(s, "stance", d, sink.add(d) ? "emitted:rule_lists" : "duplicate");
                }
            }
        }
    }

    /**
     * With {@code joint_act}: a sentence where no rule found a stance and two parties are the joint subject of a
     * common act, not negated ("Hungary and Israel signed no new agreements"), gets an aligning stance each way. Run
     * on the rules' events, before the learned stage.
     */
    void addJointActs(ArticleState st, List<List<DateResolver.Mention>> dates, EventSink sink, TraceRecorder trace) {
        if (!on(JOINT_ACT)) {
            return;
        }
        for (NormSentence s : st.sents) {
            if (!s.asserts || !sink.indicesIn("stance", s.start, s.end).isEmpty()
                    || !cues.any("joint_act", s.text, 0, s.text.length())) {
                continue;
            }
            String[] pair = jointPair(s);
            if (pair == null) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                EventSink.Draft d = new EventSink.Draft();
                d.type = "stance";
                d.actor = pair[k];
                d.target = pair[1 - k];
                d.polarity = "aligning";
                d.topic = d.polarity + " " + lex.actorName(d.target);
                d.evidence = LearnedStage.surface(st.text, s);
                d.start = s.start;
                d.end = s.end;
                d.hedged = cues.any("hedge", s.text, 0, s.text.length());
                d.date = DateChoice.pick(st, s, s.start, s.end, s.start, dates.get(s.index), true);
                d.confidence = JOINT_ACT_CONFIDENCE;
                trace.step(s, "stance", d, sink.add(d) ? "emitted:joint_act" : "duplicate");
            }
        }
    }

    /** The two parties (ids) the sentence makes the joint subject of a common act, not negated, or null. */
    String[] jointPair(NormSentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            // "interconnection between Lithuania and Poland opened": the pair qualifies the subject, is not it
            boolean between = i > 0 && s.toks.get(i - 1).norm.equals("between");
            if (!isParty(t) || between || FieldRanker.afterPreposition(s, i) || listedAfter(s, i)) {
                continue;
            }
            for (int j = i + 1; j < s.size() && j <= i + 2 * PAIR_REACH; j++) {
                Tok u = s.toks.get(j);
                if (isParty(u) && !u.id.equals(t.id) && partner(s, i, u.id, t.id, u.id) == j && jointVerbFollows(s, j)
                        && !companies(s, i, j)) {
                    return new String[] {t.id, u.id};
                }
            }
        }
        return null;
    }

    /**
     * The joint subject is two states' firms, not the states ("Azerbaijan's railway company and a Chinese logistics
     * group", "Saudi and Chinese companies"): a word of cues.tsv {@code nonofficial} in it or right after it.
     */
    private boolean companies(NormSentence s, int i, int j) {
        int end = Math.min(s.size(), j + 2);
        return cues.any("nonofficial", s.text, s.position(i), s.position(end))
                || cues.any("joint_act_firm", s.text, s.position(i), s.position(end));
    }

    private static boolean isParty(Tok t) {
        return (t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION) && t.id != null;
    }

    /**
     * The joint subject's verb is a done common act (cues.tsv {@code joint_act}: "signed", "agreed", "held talks"),
     * within a few words, with no comma, negation, modal or word that makes it background between ("last met", "are
     * expected to meet"; cues.tsv {@code joint_act_block}) and none after it ("signed no new agreements"). A noun
     * ("welcomed the agreement") or a bare present ("agree on many things") is no such act.
     */
    private boolean jointVerbFollows(NormSentence s, int j) {
        for (int k = j + 1; k < s.size() && k <= j + 1 + VERB_REACH; k++) {
            String norm = s.toks.get(k).norm;
            if (norm.equals(",") || cues.isWord("joint_act_block", norm) || cues.isWord("negation", norm)) {
                return false;
            }
            int at = s.position(k);
            if (cues.find("joint_act", s.text, at, s.text.length()) == at) {
                int after = Math.min(s.size(), k + 1 + VERB_REACH);
                return !cues.any("negation", s.text, at, s.position(after));
            }
        }
        return false;
    }

    /**
     * With {@code reciprocal}: an aligning stance whose sentence makes its two parties act together gets the reverse
     * stance. Run after both stages, so that a rule's and a classifier's stance are read alike.
     */
    void addReciprocal(ArticleState st, EventSink sink, TraceRecorder trace) {
        if (!on(RECIPROCAL)) {
            return;
        }
        for (NormSentence s : st.sents) {
            List<ExtractedEvent> stances = stancesIn(sink, s);
            for (ExtractedEvent e : stances) {
                if (!"aligning".equals(e.polarity()) || e.target() == null || e.actor().equals(e.target())
                        || !mutual(s, e.actor(), e.target())) {
                    continue;
                }
                EventSink.Draft d = draft(e);
                d.actor = e.target();
                d.target = e.actor();
                d.topic = e.polarity() + " " + lex.actorName(d.target);
                // the common act may lie outside the first event's clause ("Putin arrived in Astana ..., and the two
                // governments signed ..."): the reverse stance's evidence is the whole sentence that states it
                d.evidence = LearnedStage.surface(st.text, s);
                d.start = s.start;
                d.end = s.end;
                trace.step(s, "stance", d, sink.add(d) ? "emitted:reciprocal" : "duplicate");
            }
        }
    }

    /**
     * The sentence makes {@code a} and {@code b} act together: they are its joint subject, or it speaks of the two
     * sides, with a word of a common act (cues.tsv {@code reciprocal_act}: signed, agreed, held talks ...). With
     * {@code reciprocal_verb} the act must be the verb of that subject, as for {@code joint_act} ("the two leaders
     * signed", not "the two leaders last met" or "Hungary and Israel signed no new agreements"), or the sentence says
     * "each other".
     */
    boolean mutual(NormSentence s, String a, String b) {
        if (!cues.any("reciprocal_act", s.text, 0, s.text.length())) {
            return false;
        }
        if (!on(RECIPROCAL_VERB)) {
            return cues.any("both_sides", s.text, 0, s.text.length()) || jointSubject(s, a, b);
        }
        return cues.any("each_other", s.text, 0, s.text.length()) || bothSidesAct(s) || jointSubject(s, a, b);
    }

    /** "The two sides signed", "both leaders agreed": a phrase of cues.tsv {@code both_sides} as the verb's subject. */
    private boolean bothSidesAct(NormSentence s) {
        for (int k = 0; k < s.size(); k++) {
            int at = s.position(k);
            for (int m = k + 1; m <= Math.min(s.size(), k + 4); m++) {
                if (cues.find("both_sides", s.text, at, s.position(m)) == at) {
                    if (jointVerbFollows(s, m - 1)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * "Georgia and China have raised their relations", "Kyrgyz President Sadyr Japarov and Tajik President Emomali
     * Rahmon spoke", "he and Kyrgyz President Sadyr Japarov exchanged": a mention of one party (or "he"/"she"), "and",
     * a mention of the other, no preposition, speech verb, clause word or comma between them, not after a preposition
     * that makes them its objects ("memoranda with Bulgaria and Serbia"), not the end of a longer list, and the act
     * within a few words after, before any comma.
     */
    boolean jointSubject(NormSentence s, String a, String b) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            boolean pronoun = t.kind == Tok.Kind.WORD && (t.norm.equals("he") || t.norm.equals("she"));
            if (!pronoun && !t.hasId(a) && !t.hasId(b)) {
                continue;
            }
            if (FieldRanker.afterPreposition(s, i)) {
                continue;
            }
            if (listedAfter(s, i)) {
                // "the ministers of Kazakhstan, Azerbaijan and Turkey signed": three or more parties, not a pair
                continue;
            }
            int j = partner(s, i, pronoun ? null : (t.hasId(a) ? b : a), a, b);
            if (j >= 0 && (on(RECIPROCAL_VERB) ? jointVerbFollows(s, j) : actFollows(s, j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mention at {@code i} goes on a comma list ("Kazakhstan, Azerbaijan and ..." read from Azerbaijan, "the G7,
     * the European Union and Australia"); a place opening the sentence is none ("In Budapest, Orban and Xi ...").
     */
    private static boolean listedAfter(NormSentence s, int i) {
        int comma = i - 1;
        if (comma >= 0 && s.toks.get(comma).norm.equals("the")) {
            comma--;
        }
        if (comma < 1 || !s.toks.get(comma).norm.equals(",")) {
            return false;
        }
        int before = comma - 1;
        while (before >= 0 && before >= comma - 3 && !s.toks.get(before).isMention()) {
            before--;
        }
        if (before < 0 || before < comma - 3) {
            return false;
        }
        String opener = before > 0 ? s.toks.get(before - 1).norm : "";
        return !opener.equals("in") && !opener.equals("at");
    }

    /**
     * The act word comes within a few words after the joint subject, before any comma: "Russia and Belarus on
     * Thursday signed", not "the meeting between Tokayev and Aliyev in August, each leader spoke ...".
     */
    private boolean actFollows(NormSentence s, int j) {
        int end = j + 1;
        while (end < s.size() && end <= j + ACT_REACH && !s.toks.get(end).norm.equals(",")) {
            end++;
        }
        return cues.any("reciprocal_act", s.text, s.position(j + 1), s.position(end));
    }

    /**
     * The token of the other party joined to the mention at {@code i} by "and", or -1. {@code other} null (the first
     * is a pronoun): either party, the pronoun standing for the one the event pairs with it.
     */
    private int partner(NormSentence s, int i, String other, String a, String b) {
        boolean and = false;
        for (int k = i + 1; k < s.size() && k <= i + 2 * PAIR_REACH; k++) {
            Tok t = s.toks.get(k);
            if (and && (other == null ? t.hasId(a) || t.hasId(b) : t.hasId(other)) && t.kind != Tok.Kind.ROUTE) {
                return k;
            }
            if (t.norm.equals("and")) {
                if (and) {
                    return -1;
                }
                and = true;
            } else if (breaks(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** A token that ends a joint subject: a preposition, a clause word, a speech verb, an act, punctuation but "-". */
    private boolean breaks(Tok t) {
        if (t.kind == Tok.Kind.PUNCT) {
            // a comma makes a list of three or more ("Kazakhstan, Azerbaijan and Turkey") or ends the phrase
            return !t.norm.equals("-");
        }
        if (t.kind != Tok.Kind.WORD) {
            return false;
        }
        return cues.isWord("preposition", t.norm) && !t.norm.equals("of")
                || cues.isWord("speech", t.norm) || cues.isWord("reciprocal_act", t.norm)
                || t.norm.equals("that") || t.norm.equals("which") || t.norm.equals("who");
    }

    /** The rule stance repeated for each other party listed with its actor or its target. */
    private List<EventSink.Draft> listed(NormSentence s, ExtractedEvent e) {
        List<EventSink.Draft> out = new ArrayList<>();
        if (e.target() == null) {
            return out;
        }
        for (String actor : FieldRanker.coordinated(s, e.actor())) {
            for (String target : FieldRanker.coordinated(s, e.target())) {
                boolean same = actor.equals(e.actor()) && target.equals(e.target());
                // a party listed with both sides is neither's other ("Russia and Belarus vs Ukraine and Poland")
                if (same || actor.equals(target) || actor.equals(e.target()) || target.equals(e.actor())) {
                    continue;
                }
                EventSink.Draft d = draft(e);
                d.actor = actor;
                d.target = target;
                d.topic = e.polarity() + " " + lex.actorName(target);
                out.add(d);
            }
        }
        return out;
    }

    private static List<ExtractedEvent> stancesIn(EventSink sink, NormSentence s) {
        List<ExtractedEvent> all = sink.events();
        List<ExtractedEvent> out = new ArrayList<>();
        for (int k : sink.indicesIn("stance", s.start, s.end)) {
            out.add(all.get(k));
        }
        return out;
    }

    /** A draft with the event's fields: the added event shares its evidence, date, hedge and confidence. */
    static EventSink.Draft draft(ExtractedEvent e) {
        EventSink.Draft d = new EventSink.Draft();
        d.type = e.type();
        d.date = e.date();
        d.hedged = e.hedged();
        d.evidence = e.evidence();
        d.start = e.evidenceStart();
        d.end = e.evidenceEnd();
        d.confidence = e.confidence();
        d.actor = e.actor();
        d.target = e.target();
        d.polarity = e.polarity();
        d.topic = e.topic();
        d.speaker = e.speaker();
        return d;
    }
}
