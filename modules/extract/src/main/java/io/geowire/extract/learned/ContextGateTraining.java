package io.geowire.extract.learned;

import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.ExtractionTrace;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.internal.ContextGate;
import io.geowire.extract.internal.DataFiles;

import java.util.ArrayList;
import java.util.Collection;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits the context gate (internal {@code ContextGate}, file {@code context-gate.tsv}): a logistic regression that
 * tells a right context-filled stance from a wrong one. Its cases are the stances the extractor emitted with
 * {@code context_parties} and {@code context_paragraph} on and the gate off, read from the extraction traces of the
 * train articles; a case is right when the evaluation matched it to a gold event (it is not among the report's
 * spurious events). The threshold is chosen out of fold: article-grouped folds (as {@code train --cv} groups them)
 * each score their held-out articles with weights fitted on the rest, and the threshold that gives the best micro F1
 * over all the cases (the events of the run without them as the base) is kept; then the weights are fitted on all.
 */
public final class ContextGateTraining {
    /** Thresholds scanned; 0 keeps every case (as the switch without the gate). */
    static final double[] SCAN = {0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.01};
    private static final double L2 = 1.0;
    private static final int STEPS = 2000;
    private static final double RATE = 0.1;

    /** One context-filled stance the extractor emitted: its article key, features and whether the gold has it. */
    public record Case(String article, double[] x, boolean right) {
    }

    /**
     * The fitted gate.
     *
     * @param weightsTsv the {@code context-gate.tsv} text (weights on the raw features, the chosen threshold)
     * @param threshold  the chosen threshold (0: keep all)
     * @param report     the out-of-fold table: per threshold the cases kept right and wrong and the micro F1
     */
    public record Result(String weightsTsv, double threshold, String report) {
    }

    private ContextGateTraining() {
    }

    /**
     * The stance checks the engine would read from the bundled settings and {@code data} (the last
     * {@code learned_stance_checks} row wins, as the engine reads it), with the context parties switched on and the gate
     * off: the extraction whose context-filled stances are the cases the gate will have to judge.
     */
    public static List<String> stanceChecksForCases(Path data) {
        Set<String> checks = new LinkedHashSet<>();
        for (String[] r : new DataFiles(data).rows("settings.tsv")) {
            if (r[0].equals("learned_stance_checks")) {
                checks.clear();
                for (String item : DataFiles.col(r, 1).split(",")) {
                    if (!item.isBlank()) {
                        checks.add(item.strip());
                    }
                }
            }
        }
        checks.add("context_parties");
        checks.add("context_paragraph");
        checks.remove("context_gate");
        return List.copyOf(checks);
    }

    /**
     * The cases of one corpus's traces: every emitted stance step with context features, right unless the report
     * lists an event of that article with its keys and evidence as spurious.
     *
     * @param prefix what makes the article keys unique across corpora (the corpus folder)
     */
    public static List<Case> cases(String prefix, Collection<ExtractionTrace> traces, EvaluationReport report) {
        Map<String, Integer> spurious = new HashMap<>();
        for (EvaluationReport.Miss m : report.spurious()) {
            spurious.merge(key(m.article(), m.keys(), m.evidence()), 1, Integer::sum);
        }
        List<Case> out = new ArrayList<>();
        // in article order, whatever order the extraction finished in: the same data gives the same weights
        List<ExtractionTrace> sorted = new ArrayList<>(traces);
        sorted.sort(java.util.Comparator.comparing(ExtractionTrace::article));
        for (ExtractionTrace t : sorted) {
            for (ExtractionTrace.SentenceTrace s : t.sentences()) {
                for (ExtractionTrace.Step step : s.steps()) {
                    if (step.context().isEmpty() || !step.outcome().equals("emitted")) {
                        continue;
                    }
                    ExtractedEvent e = emitted(t, s, step);
                    if (e == null) {
                        continue;
                    }
                    String k = key(t.article(), step.keys(), e.evidence());
                    boolean wrong = spurious.getOrDefault(k, 0) > 0;
                    if (wrong) {
                        spurious.merge(k, -1, Integer::sum);
                    }
                    out.add(new Case(prefix + "/" + t.article(), ContextGate.vector(step.context()), !wrong));
                }
            }
        }
        return out;
    }

    private static ExtractedEvent emitted(ExtractionTrace t, ExtractionTrace.SentenceTrace s,
                                          ExtractionTrace.Step step) {
        for (ExtractedEvent e : t.events()) {
            if (e.type().equals(step.type()) && e.evidenceStart() >= s.start() && e.evidenceStart() < s.end()
                    && java.util.Arrays.asList(e.actor(), e.target(), e.polarity()).equals(step.keys())) {
                return e;
            }
        }
        return null;
    }

    private static String key(String article, List<String> keys, String evidence) {
        return article + "\u0001" + keys + "\u0001" + evidence;
    }

    /**
     * Fits the gate and picks its threshold out of fold.
     *
     * @param cases  the context-filled stances of the train articles
     * @param tp        true positives of the same run, all types (cases included): the gate is judged by the micro F1
     *                  that {@code evaluate} reports
     * @param predicted events predicted in that run (cases included)
     * @param gold      gold events of the articles
     * @param k         folds (articles grouped)
     */
    public static Result fit(List<Case> cases, int tp, int predicted, int gold, int k) {
        double[] oof = new double[cases.size()];
        for (int f = 0; f < k; f++) {
            List<Case> in = new ArrayList<>();
            for (Case c : cases) {
                if (CrossValidation.foldOf(c.article(), k) != f) {
                    in.add(c);
                }
            }
            double[] w = weights(in);
            for (int i = 0; i < cases.size(); i++) {
                if (CrossValidation.foldOf(cases.get(i).article(), k) == f) {
                    oof[i] = score(w, cases.get(i).x());
                }
            }
        }
        int rightAll = (int) cases.stream().filter(Case::right).count();
        int baseTp = tp - rightAll;
        int basePredicted = predicted - cases.size();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "context gate: %d cases (%d right, %d wrong); all events without them tp %d predicted %d gold %d%n",
                cases.size(), rightAll, cases.size() - rightAll, baseTp, basePredicted, gold));
        table.append(bySource(cases));
        table.append("threshold  kept_right  kept_wrong  micro_F1 (out of fold)\n");
        double[] f1 = new double[SCAN.length];
        for (int j = 0; j < SCAN.length; j++) {
            int right = 0;
            int wrong = 0;
            for (int i = 0; i < cases.size(); i++) {
                if (oof[i] >= SCAN[j]) {
                    if (cases.get(i).right()) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
            f1[j] = f1(baseTp + right, basePredicted + right + wrong, gold);
            table.append(String.format(Locale.ROOT, "%9.2f  %10d  %10d  %9.4f%n", SCAN[j], right, wrong, f1[j]));
        }
        double threshold = SCAN[best(f1)];
        table.append(String.format(Locale.ROOT, "chosen threshold %.2f%n", threshold));
        double[] w = weights(cases);
        return new Result(tsv(w, threshold, cases.size(), rightAll), threshold, table.toString());
    }

    /** The cases as TSV: a header line, then article, right (1/0) and the features in {@link ContextGate#FEATURES} order. */
    public static String casesTsv(List<Case> cases) {
        StringBuilder sb = new StringBuilder("article\tright\t").append(String.join("\t", ContextGate.FEATURES))
                .append('\n');
        for (Case c : cases) {
            sb.append(c.article()).append('\t').append(c.right() ? 1 : 0);
            for (double v : c.x()) {
                sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Right and wrong cases by where the context filled the stance (a case may count under two sources). */
    static String bySource(List<Case> cases) {
        StringBuilder sb = new StringBuilder("source            right  wrong\n");
        for (String source : List.of("actor_voice", "actor_pronoun", "target_main", "target_paragraph")) {
            int f = ContextGate.FEATURES.indexOf(source);
            int right = 0;
            int wrong = 0;
            for (Case c : cases) {
                if (c.x()[f] > 0) {
                    if (c.right()) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
            sb.append(String.format(Locale.ROOT, "%-16s  %5d  %5d%n", source, right, wrong));
        }
        return sb.toString();
    }

    /** The scan point with the best F1 (ties: the lowest threshold, which keeps most). */
    static int best(double[] f1) {
        int best = 0;
        for (int j = 1; j < f1.length; j++) {
            if (f1[j] > f1[best] + 1e-12) {
                best = j;
            }
        }
        return best;
    }

    private static double f1(int tp, int predicted, int gold) {
        return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }

    static double score(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * L2-regularised logistic regression (full-batch gradient descent on standardised features, the bias not
     * penalised), returned as weights on the raw features so the extractor needs no scaling.
     */
    static double[] weights(List<Case> cases) {
        int d = ContextGate.FEATURES.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        standardisation(cases, mean, scale);
        double[] w = new double[d];
        int n = Math.max(1, cases.size());
        for (int step = 0; step < STEPS; step++) {
            double[] g = new double[d];
            for (Case c : cases) {
                double[] z = standardised(c.x(), mean, scale);
                double err = score(w, z) - (c.right() ? 1 : 0);
                for (int i = 0; i < d; i++) {
                    g[i] += err * z[i] / n;
                }
            }
            for (int i = 1; i < d; i++) {
                g[i] += L2 * w[i] / n;
            }
            for (int i = 0; i < d; i++) {
                w[i] -= RATE * g[i];
            }
        }
        // back to raw features: w_i z_i = (w_i / scale_i) x_i - w_i mean_i / scale_i
        double[] raw = new double[d];
        raw[0] = w[0];
        for (int i = 1; i < d; i++) {
            raw[i] = w[i] / scale[i];
            raw[0] -= w[i] * mean[i] / scale[i];
        }
        return raw;
    }

    private static void standardisation(List<Case> cases, double[] mean, double[] scale) {
        int d = mean.length;
        for (Case c : cases) {
            for (int i = 0; i < d; i++) {
                mean[i] += c.x()[i] / cases.size();
            }
        }
        for (Case c : cases) {
            for (int i = 0; i < d; i++) {
                scale[i] += Math.pow(c.x()[i] - mean[i], 2) / cases.size();
            }
        }
        mean[0] = 0;
        for (int i = 0; i < d; i++) {
            // a constant feature (the bias; one the cases never vary) keeps scale 1: standardised it is 0 and its
            // weight stays 0
            scale[i] = i == 0 || scale[i] < 1e-12 ? 1 : Math.sqrt(scale[i]);
        }
    }

    private static double[] standardised(double[] x, double[] mean, double[] scale) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mean[i]) / scale[i];
        }
        return z;
    }

    private static String tsv(double[] w, double threshold, int cases, int right) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Context gate (ContextGate): weights of a logistic regression on the features of a stance whose actor or\n")
          .append("# target only the story gives (context_parties), and the probability from which such a stance is kept.\n")
          .append("# Fitted on the context-filled stances of the train articles labelled by their gold: by ./geowire train\n")
          .append("# --cv 5 --context-gate (each fold's model on its held-out articles: out of fold, the committed file) or\n")
          .append("# ./geowire train --context-gate-only (the given model on all train articles: in-sample, quick).\n")
          .append(String.format(Locale.ROOT, "# %d cases, %d right; threshold chosen out of fold (article-grouped) on micro F1.%n",
                  cases, right))
          .append("# columns: feature <TAB> weight; threshold <TAB> value\n");
        sb.append(String.format(Locale.ROOT, "threshold\t%.2f%n", threshold));
        for (int i = 0; i < w.length; i++) {
            sb.append(ContextGate.FEATURES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", w[i]))
              .append('\n');
        }
        return sb.toString();
    }
}
