package io.geowire.extract.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learned decision on stances whose actor or target the sentence leaves to its context ({@link ContextParties},
 * settings.tsv {@code learned_stance_checks}: {@code context_gate}). The stance head scores the sentence alone; whether
 * the party the story supplies is really the other side depends on where it came from and how present it is, which
 * the head never sees: xcontext found that the surer the head, the more often such an event was wrong. So a small
 * logistic regression reads how the event was filled ({@link #FEATURES}: none of them names a party or an article) and
 * keeps it when its probability of being right reaches the threshold. Weights and threshold are in
 * {@code context-gate.tsv}, fitted by {@code ./geowire train --cv 5 --context-gate} (out of fold; or, in-sample and
 * quick, {@code train --context-gate-only}) on the context-filled stances of the train articles labelled by their
 * gold; a file without weights keeps every such stance.
 */
public final class ContextGate {
    /** The features in the order of the weight vector; "bias" is always 1. */
    public static final List<String> FEATURES = List.of("bias", "logit", "actor_voice", "actor_pronoun", "target_main",
            "target_paragraph", "filled_focus", "filled_secondary", "filled_share", "filled_recent",
            "previous_names_filled", "in_quote", "first_person", "names_none", "aligning", "distancing");

    /** How a draft's parties were filled: which side the sentence does not name, and from where. */
    record Fill(boolean actorVoice, boolean actorPronoun, boolean targetMain, boolean targetParagraph) {
        boolean any() {
            return actorVoice || actorPronoun || targetMain || targetParagraph;
        }
    }

    private final double[] weights;
    private final double threshold;

    ContextGate(double[] weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    /** The gate of the data files: {@code context-gate.tsv} rows "feature weight" and "threshold value". */
    static ContextGate load(DataFiles files) {
        double[] w = null;
        double t = 0;
        for (String[] r : files.rows("context-gate.tsv")) {
            if (r[0].equals("threshold")) {
                t = Double.parseDouble(DataFiles.col(r, 1));
                continue;
            }
            int f = FEATURES.indexOf(r[0]);
            if (f < 0) {
                throw new IllegalArgumentException("context-gate.tsv: unknown feature in row " + String.join(" ", r));
            }
            if (w == null) {
                w = new double[FEATURES.size()];
            }
            w[f] = Double.parseDouble(DataFiles.col(r, 1));
        }
        return new ContextGate(w, t);
    }

    /** Whether the file gave weights: without them the gate keeps every context-filled stance. */
    boolean fitted() {
        return weights != null;
    }

    /** The probability that the context-filled stance is right. */
    double score(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    boolean keeps(double[] x) {
        return !fitted() || score(x) >= threshold;
    }

    /**
     * How the draft's parties come from the context, or null when the sentence names both (then there is nothing for
     * the gate to decide). Mirrors the {@code actor_named}/{@code target_named} exceptions of the stage.
     */
    static Fill fill(ArticleState st, Participants participants, NormSentence s, String actor, String target,
                     boolean paragraph) {
        boolean actorNamed = LearnedStage.namedIn(st, s, actor) || actor.equals(participants.pronounState(s));
        boolean actorVoice = !actorNamed && actor.equals(ContextParties.voice(st, s));
        boolean actorPronoun = !actorNamed && !actorVoice && actor.equals(participants.openingPronounState(s));
        boolean targetMain = false;
        boolean targetParagraph = false;
        if (!LearnedStage.namedIn(st, s, target)) {
            targetMain = target.equals(st.focus) || target.equals(st.secondary);
            targetParagraph = !targetMain && paragraph;
        }
        Fill f = new Fill(actorVoice, actorPronoun, targetMain, targetParagraph);
        return f.any() ? f : null;
    }

    /** The gate's features of a context-filled stance (by name, in {@link #FEATURES} order). */
    static Map<String, Double> features(ArticleState st, NormSentence s, String actor, String target,
                                        String polarity, double probability, Fill f) {
        Map<String, Double> x = new LinkedHashMap<>();
        String filled = f.targetMain || f.targetParagraph ? target : actor;
        double p = Math.min(Math.max(probability, 1e-4), 1 - 1e-4);
        x.put("bias", 1.0);
        x.put("logit", Math.log(p / (1 - p)));
        x.put("actor_voice", bit(f.actorVoice));
        x.put("actor_pronoun", bit(f.actorPronoun));
        x.put("target_main", bit(f.targetMain));
        x.put("target_paragraph", bit(f.targetParagraph));
        x.put("filled_focus", bit(filled.equals(st.focus)));
        x.put("filled_secondary", bit(filled.equals(st.secondary)));
        x.put("filled_share", st.actorMentions.getOrDefault(filled, 0) / (double) st.actorMentionTotal);
        int since = sentencesSinceNamed(st, s, filled);
        // 1 for the sentence just before, fading with distance, 0 when never named before
        x.put("filled_recent", since < 0 ? 0.0 : 1.0 / since);
        NormSentence prev = s.index > 0 ? st.sents.get(s.index - 1) : null;
        x.put("previous_names_filled", bit(prev != null && names(prev, filled)));
        x.put("in_quote", bit(st.quotes.at(s.start) != null));
        x.put("first_person", bit(FieldRanker.firstPerson(s)));
        x.put("names_none", bit(ContextParties.named(st, s).isEmpty()));
        x.put("aligning", bit("aligning".equals(polarity)));
        x.put("distancing", bit("distancing".equals(polarity)));
        return x;
    }

    /** The named features as the weight vector's order ({@link #FEATURES}); a missing one is 0. */
    public static double[] vector(Map<String, Double> named) {
        double[] x = new double[FEATURES.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = named.getOrDefault(FEATURES.get(i), 0.0);
        }
        return x;
    }

    /** Sentences back to the last one naming the party (1: the one before), or -1 when none before names it. */
    static int sentencesSinceNamed(ArticleState st, NormSentence s, String party) {
        for (int i = s.index - 1; i >= 0; i--) {
            if (names(st.sents.get(i), party)) {
                return s.index - i;
            }
        }
        return -1;
    }

    private static boolean names(NormSentence s, String party) {
        for (Tok t : s.toks) {
            if (LearnedStage.namesParty(t) && party.equals(t.id)) {
                return true;
            }
        }
        return false;
    }

    private static double bit(boolean b) {
        return b ? 1.0 : 0.0;
    }
}
