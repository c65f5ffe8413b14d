package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the parties that could fill the actor or the target of an event the classifier found in a sentence. Every
 * party named in the sentence, the speaker of its quote, the parties of the previous sentence and the article's two
 * main states are candidates; each is described by a few yes/no features (quoted speaker, subject position, after a
 * preposition, demonym before a noun, the article's focus state ...) and scored with weights fitted on the gold of
 * the training articles (a conditional logit: see {@link #fit}). First mention alone picked the wrong party in about
 * half of the events whose sentence was right.
 */
final class FieldRanker {
    /** The roles the ranker fills, each with its own weights. */
    static final List<String> ROLES = List.of("stance_actor", "stance_target", "sanction_actor");

    /** Feature names, in vector order. */
    static final List<String> FEATURES = List.of(
            "in_sentence", "quote_speaker", "subject", "after_preposition", "modifier", "possessive", "first_named",
            "last_named", "person", "focus", "secondary", "first_person_focus", "previous_sentence", "headline",
            "organisation", "anti_or_affiliation", "listed_with_actor", "pole", "share",
            // the party's role towards the event (EventRoles); a fields.tsv fitted before they existed weighs them zero
            "after_with", "after_directed", "after_by", "after_from", "after_of", "visit_host", "object",
            "passive_subject", "event_possessor", "speech_subject", "quote_speaker_we");

    /** Parties whose alignment the vocabulary is mostly about: a weak prior for targets. */
    private static final Set<String> POLES = Set.of("RUS", "EU", "NATO", "USA", "CHN", "CSTO", "EAEU");

    private final Map<String, double[]> weights;

    FieldRanker(Map<String, double[]> weights) {
        this.weights = weights;
    }

    /** Weights from {@code fields.tsv} (role, feature, weight); a missing file or row weighs zero. */
    static FieldRanker load(DataFiles files) {
        Map<String, double[]> w = new LinkedHashMap<>();
        for (String role : ROLES) {
            w.put(role, new double[FEATURES.size()]);
        }
        for (String[] r : files.rows("fields.tsv")) {
            double[] v = w.get(r[0]);
            int f = FEATURES.indexOf(DataFiles.col(r, 1));
            if (v == null || f < 0) {
                throw new IllegalArgumentException("fields.tsv: unknown role or feature in row " + String.join(" ", r));
            }
            v[f] = Double.parseDouble(DataFiles.col(r, 2));
        }
        return new FieldRanker(w);
    }

    /** A candidate party and its features. */
    record Candidate(String id, double[] x) {
    }

    /** True when weights were fitted for {@code role} (a file without them leaves the older heuristics in charge). */
    boolean trained(String role) {
        for (double v : weights.get(role)) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    /** The best-scoring candidate, or null when there is none. */
    String best(String role, List<Candidate> candidates) {
        double[] w = weights.get(role);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            double score = dot(w, c.x());
            if (score > bestScore) {
                bestScore = score;
                best = c.id();
            }
        }
        return best;
    }

    /** An actor and a target chosen together. */
    record Pair(String actor, String target) {
    }

    /**
     * The actor-target pair with the highest joint log-probability, log p(actor) + log p(target | actor), each a
     * softmax of the role's scores over its candidates: an actor whose best target is weak ("Y" in "X's visit to Y"
     * taken as actor leaves "X" as a poor target) loses to one that leaves a clear target. Null when no actor has a
     * target candidate. {@code targetsOf} never offers the actor itself, so no party fills both roles.
     */
    Pair bestPair(List<Candidate> actors, java.util.function.Function<String, List<Candidate>> targetsOf) {
        double[] actorLog = logSoftmax(weights.get("stance_actor"), actors);
        Pair best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < actors.size(); a++) {
            List<Candidate> targets = targetsOf.apply(actors.get(a).id());
            double[] targetLog = logSoftmax(weights.get("stance_target"), targets);
            for (int t = 0; t < targets.size(); t++) {
                double score = actorLog[a] + targetLog[t];
                if (score > bestScore) {
                    bestScore = score;
                    best = new Pair(actors.get(a).id(), targets.get(t).id());
                }
            }
        }
        return best;
    }

    private static double[] logSoftmax(double[] w, List<Candidate> candidates) {
        double[] out = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < out.length; i++) {
            out[i] = dot(w, candidates.get(i).x());
            max = Math.max(max, out[i]);
        }
        double z = 0;
        for (double v : out) {
            z += Math.exp(v - max);
        }
        double logZ = max + Math.log(z);
        for (int i = 0; i < out.length; i++) {
            out[i] -= logZ;
        }
        return out;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /**
     * Candidates for the party that acts (or speaks) in {@code s}: every state or organisation named, the speaker of
     * its quote, the parties of the previous sentence of the paragraph and the article's two main states.
     */
    static List<Candidate> actorCandidates(ArticleState st, Lexicon lex, Participants participants, NormSentence s) {
        Set<String> ids = new LinkedHashSet<>();
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && q.actor() != null) {
            ids.add(q.actor());
        }
        addActors(ids, s, false);
        addActors(ids, st.previous(s, 1), false);
        addIfSet(ids, st.focus);
        addIfSet(ids, st.secondary);
        return describe(st, lex, participants, s, ids, null);
    }

    /** Candidates for whom the actor's position is about: as for actors, but never the actor itself. */
    static List<Candidate> targetCandidates(ArticleState st, Lexicon lex, Participants participants, NormSentence s,
                                            String actor) {
        Set<String> ids = new LinkedHashSet<>();
        addActors(ids, s, true);
        addActors(ids, st.previous(s, 1), true);
        addIfSet(ids, st.focus);
        addIfSet(ids, st.secondary);
        ids.remove(actor);
        return describe(st, lex, participants, s, ids, actor);
    }

    private static void addIfSet(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static void addActors(Set<String> ids, NormSentence s, boolean withAffiliations) {
        if (s == null) {
            return;
        }
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.ACTOR
                    || (withAffiliations && (t.kind == Tok.Kind.AFFILIATION || t.kind == Tok.Kind.ANTI))) {
                ids.add(t.id);
            }
        }
    }

    private static List<Candidate> describe(ArticleState st, Lexicon lex, Participants participants, NormSentence s,
                                            Set<String> ids, String actor) {
        Map<String, Integer> counts = st.actorMentions;
        int total = st.actorMentionTotal;
        List<String> named = namedOrder(s);
        List<String> listed = actor == null ? List.of() : coordinated(s, actor);
        Quotes.Quote q = st.quotes.at(s.start);
        NormSentence prev = st.previous(s, 1);
        NormSentence headline = st.sents.isEmpty() ? null : st.sents.get(0);
        String speaker = participants.speechSubject(s, s.size());
        boolean we = firstPerson(s);
        List<Candidate> out = new ArrayList<>();
        for (String id : ids) {
            double[] x = new double[FEATURES.size()];
            int first = firstMention(s, id);
            set(x, "in_sentence", first >= 0);
            set(x, "quote_speaker", q != null && id.equals(q.actor()));
            if (first >= 0) {
                Tok t = s.toks.get(first);
                set(x, "subject", t.kind == Tok.Kind.ACTOR && participants.subjectLike(s, first)
                        && !listAfterPreposition(s, first));
                set(x, "after_preposition", listAfterPreposition(s, first));
                set(x, "modifier", t.adjective || modifiesNoun(s, first));
                set(x, "possessive", first + 1 < s.size() && s.toks.get(first + 1).norm.equals("'s"));
                set(x, "person", anyPerson(s, id));
                set(x, "anti_or_affiliation", t.kind != Tok.Kind.ACTOR);
            }
            set(x, "first_named", !named.isEmpty() && named.get(0).equals(id));
            set(x, "last_named", !named.isEmpty() && named.get(named.size() - 1).equals(id));
            set(x, "focus", id.equals(st.focus));
            set(x, "secondary", id.equals(st.secondary));
            set(x, "first_person_focus", id.equals(st.focus) && firstPerson(s));
            set(x, "previous_sentence", prev != null && firstMention(prev, id) >= 0);
            set(x, "headline", headline != null && headline != s && firstMention(headline, id) >= 0);
            set(x, "organisation", lex.isOrganisation(id));
            set(x, "listed_with_actor", listed.size() > 1 && listed.contains(id));
            set(x, "pole", POLES.contains(id));
            x[FEATURES.indexOf("share")] = counts.getOrDefault(id, 0) / (double) total;
            describeRole(x, EventRoles.of(s, id));
            // "Lukashenko said ... Vilnius": who reports a position holds it; "'... we will not accept it,' Orpo told
            // reporters": the speaker of a quote in the first person is the one who acts
            set(x, "speech_subject", id.equals(speaker));
            set(x, "quote_speaker_we", we && q != null && id.equals(q.actor()));
            out.add(new Candidate(id, x));
        }
        return out;
    }

    private static void describeRole(double[] x, EventRoles.Roles r) {
        set(x, "after_with", r.afterWith());
        set(x, "after_directed", r.afterDirected());
        set(x, "after_by", r.afterBy());
        set(x, "after_from", r.afterFrom());
        set(x, "after_of", r.afterOf());
        set(x, "visit_host", r.visitHost());
        set(x, "object", r.object());
        set(x, "passive_subject", r.passiveSubject());
        set(x, "event_possessor", r.eventPossessor());
    }

    private static void set(double[] x, String feature, boolean on) {
        x[FEATURES.indexOf(feature)] = on ? 1 : 0;
    }

    private static List<String> namedOrder(NormSentence s) {
        List<String> out = new ArrayList<>();
        for (Tok t : s.toks) {
            if ((t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION || t.kind == Tok.Kind.ANTI)
                    && !out.contains(t.id)) {
                out.add(t.id);
            }
        }
        return out;
    }

    private static int firstMention(NormSentence s, String id) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.isMention() && t.kind != Tok.Kind.ROUTE && t.kind != Tok.Kind.PLACE && t.hasId(id)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean anyPerson(NormSentence s, String id) {
        for (Tok t : s.toks) {
            if (t.hasId(id) && t.person != null) {
                return true;
            }
        }
        return false;
    }

    static boolean firstPerson(NormSentence s) {
        for (Tok t : s.toks) {
            if (t.norm.equals("we") || t.norm.equals("our") || t.norm.equals("us")) {
                return true;
            }
        }
        return false;
    }

    /** "EU sanctions", "Western restrictions", "American and European lists": the mention qualifies a noun. */
    static boolean modifiesNoun(NormSentence s, int i) {
        if (i + 1 >= s.size()) {
            return false;
        }
        String next = s.toks.get(i + 1).norm;
        return next.startsWith("sanction") || next.equals("restrictions")
                || next.equals("lists") || next.equals("list") || next.equals("-");
    }

    /** "sanctions on Russia", "talks with Ankara": a party after such a preposition is not the one speaking. */
    static boolean afterPreposition(NormSentence s, int i) {
        if (i == 0) {
            return false;
        }
        String prev = s.toks.get(i - 1).norm;
        return prev.equals("on") || prev.equals("against") || prev.equals("with") || prev.equals("to")
                || prev.equals("by") || prev.equals("from") || prev.equals("toward") || prev.equals("towards");
    }

    /**
     * The mention at {@code i}, or the list of parties it stands in, follows a preposition: "memoranda were signed
     * with Bulgaria, Serbia and Slovakia" puts all three after "with", not only Bulgaria.
     */
    static boolean listAfterPreposition(NormSentence s, int i) {
        int head = i;
        while (head - 2 >= 0 && isListSeparator(s.toks.get(head - 1).norm) && isParty(s.toks.get(head - 2))) {
            head -= 2;
        }
        return afterPreposition(s, head);
    }

    /**
     * The parties listed together with {@code id} in the sentence ("Lithuania, Latvia and Estonia disconnected",
     * "memoranda with Bulgaria, Serbia and Slovakia"), {@code id} first; just {@code id} when it stands alone or is
     * not named in the sentence.
     */
    static List<String> coordinated(NormSentence s, String id) {
        for (int i = 0; i < s.size(); i++) {
            if (s.toks.get(i).hasId(id)) {
                return coordinatedAt(s, i, id);
            }
        }
        return List.of(id);
    }

    /** As {@link #coordinated}, for the mention of {@code id} at token {@code i}. */
    static List<String> coordinatedAt(NormSentence s, int i, String id) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(id);
        for (int dir = -1; dir <= 1; dir += 2) {
            int k = i;
            while (k + 2 * dir >= 0 && k + 2 * dir < s.size() && isListSeparator(s.toks.get(k + dir).norm)
                    && isParty(s.toks.get(k + 2 * dir))) {
                k += 2 * dir;
                out.add(s.toks.get(k).id);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isListSeparator(String norm) {
        return norm.equals(",") || norm.equals("and");
    }

    private static boolean isParty(Tok t) {
        return t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION;
    }

    /** One training case: the candidates of a role in a sentence and the ids the gold gives for it. */
    record Example(String role, List<Candidate> candidates, Set<String> gold) {
    }

    /**
     * Fits one weight vector per role by maximising the conditional likelihood of the gold party among the
     * candidates (softmax over the candidates of a case; a case with several gold parties counts once per gold
     * party, the others left out of its denominator), with an L2 penalty. Plain batch gradient ascent in a fixed
     * order: the same examples give the same weights, bit for bit. Cases whose gold party is not a candidate
     * teach nothing and are skipped.
     */
    static Map<String, double[]> fit(List<Example> examples) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String role : ROLES) {
            List<Example> mine = examples.stream().filter(e -> e.role().equals(role)).toList();
            out.put(role, fitRole(mine));
        }
        return out;
    }

    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 0.01;

    private static double[] fitRole(List<Example> examples) {
        int n = FEATURES.size();
        double[] w = new double[n];
        int cases = 0;
        for (Example e : examples) {
            for (Candidate c : e.candidates()) {
                cases += e.gold().contains(c.id()) ? 1 : 0;
            }
        }
        if (cases == 0) {
            return w;
        }
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[n];
            for (Example e : examples) {
                for (Candidate pos : e.candidates()) {
                    if (!e.gold().contains(pos.id())) {
                        continue;
                    }
                    List<Candidate> pool = new ArrayList<>();
                    for (Candidate c : e.candidates()) {
                        if (c == pos || !e.gold().contains(c.id())) {
                            pool.add(c);
                        }
                    }
                    double max = Double.NEGATIVE_INFINITY;
                    for (Candidate c : pool) {
                        max = Math.max(max, dot(w, c.x()));
                    }
                    double z = 0;
                    double[] expect = new double[n];
                    for (Candidate c : pool) {
                        double p = Math.exp(dot(w, c.x()) - max);
                        z += p;
                        for (int k = 0; k < n; k++) {
                            expect[k] += p * c.x()[k];
                        }
                    }
                    for (int k = 0; k < n; k++) {
                        grad[k] += pos.x()[k] - expect[k] / z;
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                w[k] += LEARNING_RATE * (grad[k] / cases - L2 * w[k]);
            }
        }
        return w;
    }

    /** The weights as {@code fields.tsv} rows, rounded to four decimals. */
    static String toTsv(Map<String, double[]> weights, String header) {
        StringBuilder sb = new StringBuilder(header);
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            for (int k = 0; k < FEATURES.size(); k++) {
                sb.append(e.getKey()).append('\t').append(FEATURES.get(k)).append('\t')
                        .append(String.format(Locale.ROOT, "%.4f", e.getValue()[k])).append('\n');
            }
        }
        return sb.toString();
    }
}
