package io.geowire.extract.learned;

import io.geowire.extract.internal.Engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the sentence model: type, label and modality heads on the training sentences; then, on the dev sentences
 * only, the calibration of each type's log-odds (with whether the rules fired) and the threshold from which the
 * classifier alone adds an event. Deterministic: fixed order, zero initial weights, full-batch steps.
 */
public final class Trainer {
    /** Strength of the calibration's prior; about the weight of a handful of sentences. */
    private static final double PLATT_PRIOR = 2.0;

    /** The lexical features a model gets unless told otherwise (see docs/extraction.md, Learned sentence stage). */
    public static final SentenceModel.Lexical DEFAULT_LEXICAL =
            new SentenceModel.Lexical("joint", 4096, LexicalFeatures.VERSION, "parties");

    private final SentenceEncoder encoder;
    private final LinearHead.Settings settings;
    /** Null: embedding and flags only (a format 1 model). */
    private final SentenceModel.Lexical lexical;
    private final StringBuilder report = new StringBuilder();

    public Trainer(SentenceEncoder encoder, LinearHead.Settings settings) {
        this(encoder, settings, DEFAULT_LEXICAL);
    }

    /** @param lexical how the words enter the model ("joint" or "stacked"), or null for none */
    public Trainer(SentenceEncoder encoder, LinearHead.Settings settings, SentenceModel.Lexical lexical) {
        if (lexical != null && !List.of("joint", "stacked").contains(lexical.mode())) {
            throw new IllegalArgumentException("lexical mode must be joint or stacked: " + lexical.mode());
        }
        this.encoder = encoder;
        this.settings = settings;
        if (lexical != null && !SentenceModel.WORDS.contains(lexical.words())) {
            throw new IllegalArgumentException("words must be read as written or as parties: " + lexical.words());
        }
        this.lexical = lexical == null ? null
                : new SentenceModel.Lexical(lexical.mode(), lexical.buckets(), LexicalFeatures.VERSION,
                        lexical.words());
    }

    /** What training printed: data counts, dev figures, the reliability table. */
    public String report() {
        return report.toString();
    }

    public SentenceModel train(List<LabelledSentence> train, List<LabelledSentence> dev) {
        return train(train, null, dev);
    }

    /**
     * As {@link #train(List, List)}, with a weight per training sentence ({@code weights} null: all 1), e.g. to count
     * labelled-sentence rows less than article sentences. The dev sentences that calibrate are not weighted.
     */
    public SentenceModel train(List<LabelledSentence> train, double[] weights, List<LabelledSentence> dev) {
        if (weights != null && weights.length != train.size()) {
            throw new IllegalArgumentException("one weight per training sentence: " + weights.length + " for "
                    + train.size());
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        double[][] rawTrain = rows(train);
        double[][] rawDev = rows(dev);
        int d = rawTrain[0].length;
        float[] mean = new float[d];
        float[] scale = new float[d];
        standardisation(rawTrain, mean, scale);
        double[][] xt = standardise(rawTrain, mean, scale);
        double[][] xd = standardise(rawDev, mean, scale);

        LexicalFeatures words = lexical == null ? null : new LexicalFeatures(lexical.buckets(), lexical.parties());
        int[][] lt = words == null ? null : lexicalRows(words, train);
        int[][] ld = words == null ? null : lexicalRows(words, dev);
        boolean joint = lexical != null && lexical.mode().equals("joint");
        boolean stacked = lexical != null && lexical.mode().equals("stacked");

        SentenceModel.Data data = new SentenceModel.Data();
        if (lexical != null) {
            data.format = lexical.parties() ? 3 : 2;
            data.lexical = lexical;
        }
        if (stacked) {
            data.lexicalWeight = new java.util.LinkedHashMap<>();
        }
        data.encoder = encoder.name();
        data.flags = Engine.FLAGS;
        data.mean = mean;
        data.scale = scale;
        line("training sentences %d (with events %d), dev sentences %d", train.size(),
                train.stream().filter(s -> !s.types().isEmpty()).count(), dev.size());
        for (String type : SentenceModel.TYPES) {
            int[] y = new int[train.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = train.get(i).types().contains(type) ? 1 : 0;
            }
            data.heads.put("type:" + type, joint
                    ? LinearHead.train(List.of("no", "yes"), xt, lt, words.width(), y, weights, settings)
                    : LinearHead.train(List.of("no", "yes"), xt, null, 0, y, weights, settings));
            if (stacked) {
                data.heads.put("lex:" + type, LinearHead.train(List.of("no", "yes"), new double[xt.length][0], lt,
                        words.width(), y, weights, settings));
            }
            data.heads.put("label:" + type, labelHead(type, train, weights, xt));
            data.trainedOn.put(type, sum(y));
        }
        data.heads.put("modality", modalityHead(train, weights, xt));
        data.trainedOn.put("sentences", train.size());
        data.trainedOn.put("dev_sentences", dev.size());
        tuneOnDev(data, dev, xd, ld);
        return new SentenceModel(data);
    }

    private static int[][] lexicalRows(LexicalFeatures words, List<LabelledSentence> sentences) {
        int[][] out = new int[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.of(sentences.get(i).words());
        }
        return out;
    }

    private LinearHead labelHead(String type, List<LabelledSentence> train, double[] weights, double[][] xt) {
        List<String> classes = SentenceModel.LABELS.get(type);
        List<Integer> rows = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            String label = train.get(i).labels().get(type);
            if (label != null) {
                rows.add(i);
                ys.add(classes.indexOf(label));
            }
        }
        line("%s labels: %d sentences", type, rows.size());
        return subsetHead(classes, rows, ys, weights, xt);
    }

    private LinearHead modalityHead(List<LabelledSentence> train, double[] weights, double[][] xt) {
        List<Integer> rows = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if (!train.get(i).types().isEmpty()) {
                rows.add(i);
                ys.add(SentenceModel.MODALITIES.indexOf(train.get(i).modality()));
            }
        }
        return subsetHead(SentenceModel.MODALITIES, rows, ys, weights, xt);
    }

    /** A dense-only head on the rows listed, with their weights (null: all 1). */
    private LinearHead subsetHead(List<String> classes, List<Integer> rows, List<Integer> ys, double[] weights,
                                  double[][] xt) {
        double[][] xs = new double[rows.size()][];
        double[] ws = weights == null ? null : new double[rows.size()];
        for (int r = 0; r < xs.length; r++) {
            xs[r] = xt[rows.get(r)];
            if (ws != null) {
                ws[r] = weights[rows.get(r)];
            }
        }
        return LinearHead.train(classes, xs, null, 0, ys.stream().mapToInt(Integer::intValue).toArray(), ws,
                settings);
    }

    /** Calibration and thresholds, from the dev sentences only; the figures printed describe dev. */
    private void tuneOnDev(SentenceModel.Data data, List<LabelledSentence> dev, double[][] xd, int[][] ld) {
        List<double[]> reliability = new ArrayList<>();
        line("");
        line("dev, sentence level: %-20s %-17s %-17s %-17s threshold", "type", "rules P/R/F1", "classifier P/R/F1",
                "combined P/R/F1");
        for (String type : SentenceModel.TYPES) {
            LinearHead head = data.heads.get("type:" + type);
            LinearHead lex = data.heads.get("lex:" + type);
            int n = dev.size();
            double[] z = new double[n];
            double[] zl = new double[n];
            boolean[] rule = new boolean[n];
            boolean[] gold = new boolean[n];
            for (int i = 0; i < n; i++) {
                z[i] = head.logOdds(xd[i], ld == null ? null : ld[i]);
                zl[i] = lex == null ? 0 : lex.logOdds(new double[0], ld[i]);
                rule[i] = dev.get(i).ruleTypes().contains(type);
                gold[i] = dev.get(i).types().contains(type);
            }
            float[] cal;
            if (n == 0) {
                cal = new float[] {1, 0, 0};
            } else if (lex == null) {
                cal = platt(z, rule, gold);
            } else {
                // stacking: calibrate on both log-odds, then fold the words' weight into the stored score
                float[] four = platt(z, zl, rule, gold);
                float weight = Math.abs(four[0]) < 1e-3f ? 0f : four[3] / four[0];
                data.lexicalWeight.put(type, weight);
                cal = new float[] {four[0], four[1], four[2]};
                for (int i = 0; i < n; i++) {
                    z[i] += weight * zl[i];
                }
                line("%s: words head weight %.3f (calibration %.3f x sentence head + %.3f x words head)", type,
                        weight, four[0], four[3]);
            }
            data.calibration.put(type, cal);
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = SentenceModel.sigmoid(cal[0] * z[i] + cal[1] * (rule[i] ? 1 : 0) + cal[2]);
                reliability.add(new double[] {p[i], gold[i] ? 1 : 0});
            }
            float threshold = bestThreshold(p, rule, gold);
            data.thresholds.put(type, threshold);
            boolean[] clf = new boolean[n];
            boolean[] both = new boolean[n];
            for (int i = 0; i < n; i++) {
                clf[i] = SentenceModel.sigmoid(cal[0] * z[i] + cal[2]) >= threshold;
                both[i] = rule[i] || (!rule[i] && p[i] >= threshold);
            }
            line("%-41s %-17s %-17s %-17s %.2f", type, prf(rule, gold), prf(clf, gold), prf(both, gold), threshold);
        }
        reliabilityTable(reliability);
    }

    /** Logistic regression of gold on (log-odds, rule fired), by damped Newton steps: the calibration map. */
    static float[] platt(double[] z, boolean[] rule, boolean[] gold) {
        double[][] x = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            x[i] = new double[] {z[i], rule[i] ? 1 : 0, 1};
        }
        return toFloats(logistic(x, gold, new double[] {1, 0, 0}));
    }

    /**
     * The stacked calibration: gold on (sentence head's log-odds, rule fired, words head's log-odds) as {a, b, c, d}:
     * p = sigmoid(a * z + b * ruleFired + c + d * zWords). The prior keeps d at 0 unless dev shows the words help.
     */
    static float[] platt(double[] z, double[] zWords, boolean[] rule, boolean[] gold) {
        double[][] x = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            x[i] = new double[] {z[i], rule[i] ? 1 : 0, 1, zWords[i]};
        }
        return toFloats(logistic(x, gold, new double[] {1, 0, 0, 0}));
    }

    private static float[] toFloats(double[] w) {
        float[] out = new float[w.length];
        for (int a = 0; a < w.length; a++) {
            out[a] = (float) w[a];
        }
        return out;
    }

    /** Logistic regression of gold on the rows x (an intercept is one of the columns), by damped Newton steps. */
    private static double[] logistic(double[][] x, boolean[] gold, double[] prior) {
        int m = prior.length;
        double[] w = prior.clone();
        for (int it = 0; it < 100; it++) {
            double[] g = new double[m];
            double[][] h = new double[m][m];
            for (int i = 0; i < x.length; i++) {
                double p = SentenceModel.sigmoid(dot(w, x[i]));
                double r = p - (gold[i] ? 1 : 0);
                for (int a = 0; a < m; a++) {
                    g[a] += r * x[i][a];
                    for (int b = 0; b < m; b++) {
                        h[a][b] += p * (1 - p) * x[i][a] * x[i][b];
                    }
                }
            }
            // a Gaussian prior around "the head's log-odds as they are": dev sets are small and often separable
            for (int a = 0; a < m; a++) {
                g[a] += PLATT_PRIOR * (w[a] - prior[a]);
                h[a][a] += PLATT_PRIOR;
            }
            double[] step = solve(h, g);
            double before = plattLoss(w, prior, x, gold);
            double scale = 1;
            double[] next = new double[m];
            do {
                for (int a = 0; a < m; a++) {
                    next[a] = w[a] - scale * step[a];
                }
                scale /= 2;
            } while (plattLoss(next, prior, x, gold) > before && scale > 1e-4);
            System.arraycopy(next, 0, w, 0, m);
        }
        return w;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int a = 0; a < w.length; a++) {
            s += w[a] * x[a];
        }
        return s;
    }

    private static double plattLoss(double[] w, double[] prior, double[][] x, boolean[] gold) {
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double m = dot(w, x[i]);
            // log(1 + e^-m) for positives, log(1 + e^m) for negatives, computed stably
            double v = gold[i] ? -m : m;
            loss += v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
        }
        for (int a = 0; a < w.length; a++) {
            loss += PLATT_PRIOR / 2 * (w[a] - prior[a]) * (w[a] - prior[a]);
        }
        return loss;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && m[c][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }

    /**
     * The threshold on sentences the rules missed that maximises F1 of rules-or-classifier; when several do, the
     * middle one of them (small dev sets leave wide ties; their middle generalises better than an end).
     */
    static float bestThreshold(double[] p, boolean[] rule, boolean[] gold) {
        List<Float> best = new ArrayList<>();
        double bestF1 = -1;
        for (int k = 10; k <= 95; k += 5) {
            float t = k / 100f;
            boolean[] pred = new boolean[p.length];
            for (int i = 0; i < p.length; i++) {
                pred[i] = rule[i] || p[i] >= t;
            }
            double f1 = f1(pred, gold);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best.clear();
            }
            if (Math.abs(f1 - bestF1) <= 1e-9) {
                best.add(t);
            }
        }
        return best.get(best.size() / 2);
    }

    private static double f1(boolean[] pred, boolean[] gold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < pred.length; i++) {
            tp += pred[i] && gold[i] ? 1 : 0;
            fp += pred[i] && !gold[i] ? 1 : 0;
            fn += !pred[i] && gold[i] ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static String prf(boolean[] pred, boolean[] gold) {
        int tp = 0;
        int np = 0;
        int ng = 0;
        for (int i = 0; i < pred.length; i++) {
            tp += pred[i] && gold[i] ? 1 : 0;
            np += pred[i] ? 1 : 0;
            ng += gold[i] ? 1 : 0;
        }
        double p = np == 0 ? 0 : (double) tp / np;
        double r = ng == 0 ? 0 : (double) tp / ng;
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** Ten equal-width bins of calibrated probability: mean predicted, observed rate, count; then the ECE. */
    private void reliabilityTable(List<double[]> pairs) {
        line("");
        line("reliability on dev (every sentence x type; calibration fitted on dev, so this is optimistic):");
        line("%-11s %8s %8s %6s", "bin", "mean p", "observed", "n");
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            double lo = b / 10.0;
            double hi = (b + 1) / 10.0;
            double sp = 0;
            double so = 0;
            int n = 0;
            for (double[] pr : pairs) {
                if (pr[0] >= lo && (pr[0] < hi || (b == 9 && pr[0] <= 1))) {
                    sp += pr[0];
                    so += pr[1];
                    n++;
                }
            }
            if (n > 0) {
                line("%.1f-%.1f    %8.3f %8.3f %6d", lo, hi, sp / n, so / n, n);
                ece += Math.abs(sp / n - so / n) * n / pairs.size();
            }
        }
        line("ECE %.3f", ece);
    }

    private double[][] rows(List<LabelledSentence> sentences) {
        List<String> texts = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (LabelledSentence s : sentences) {
            if (index.putIfAbsent(encoderInput(s), texts.size()) == null) {
                texts.add(encoderInput(s));
            }
        }
        float[][] vectors = encoder.encode(texts);
        double[][] out = new double[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            LabelledSentence s = sentences.get(i);
            out[i] = SentenceModel.standardise(null, null, vectors[index.get(encoderInput(s))], s.flags());
        }
        return out;
    }

    /** What the encoder reads of a sentence: its masked text for a model trained so, else the text as written. */
    private String encoderInput(LabelledSentence s) {
        return lexical != null && lexical.maskedEncoding() ? s.words().masked() : s.text();
    }

    private static void standardisation(double[][] x, float[] mean, float[] scale) {
        int d = mean.length;
        for (int j = 0; j < d; j++) {
            double m = 0;
            for (double[] r : x) {
                m += r[j];
            }
            m /= x.length;
            double v = 0;
            for (double[] r : x) {
                v += (r[j] - m) * (r[j] - m);
            }
            mean[j] = (float) m;
            scale[j] = (float) Math.max(Math.sqrt(v / x.length), 1e-3);
        }
    }

    private static double[][] standardise(double[][] raw, float[] mean, float[] scale) {
        double[][] out = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            out[i] = new double[raw[i].length];
            for (int j = 0; j < raw[i].length; j++) {
                out[i][j] = (raw[i][j] - mean[j]) / scale[j];
            }
        }
        return out;
    }

    private static int sum(int[] y) {
        int s = 0;
        for (int v : y) {
            s += v;
        }
        return s;
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
