package io.geowire.extract.learned;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A multinomial logistic regression over standardised features: one weight row and bias per class. Two classes make
 * the binary case. Trained by {@link #train}: full-batch Adam from zero weights, its step size falling to zero over the
 * run, class-balanced sample weights and an L2 penalty on the weights (not the biases). Nothing random, so the same
 * data gives the same weights, and nearly the same data nearly the same weights.
 *
 * <p>Besides the dense features a head may have weights on yes/no features given by the indices of those present
 * ({@link LexicalFeatures}): a sentence has a few dozen of some thousands, so they are summed rather than multiplied
 * out, and they are not standardised (a standardised rare word would turn every row dense).
 *
 * @param classes       class labels, in the order of the rows
 * @param weights       one row of feature weights per class
 * @param bias          one bias per class
 * @param sparseWeights one row of weights on the yes/no features per class, or null: the head has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinearHead(List<String> classes, float[][] weights, float[] bias, float[][] sparseWeights) {

    /** A head on dense features only. */
    public LinearHead(List<String> classes, float[][] weights, float[] bias) {
        this(classes, weights, bias, null);
    }

    /**
     * Training settings: L2 strength (per sample) on the dense weights, number of full-batch steps, Adam's step size,
     * the L2 strength on the yes/no (lexical) weights, and how far classes are balanced: each class's sample weight is
     * (total / (classes x class total)) to the power {@code classBalance}: 1 balanced (every class the same total
     * weight), 0 none (each sentence counts once), 0.5 between.
     */
    public record Settings(double l2, int steps, double learningRate, double sparseL2, double classBalance) {
        public Settings(double l2, int steps, double learningRate) {
            this(l2, steps, learningRate, l2);
        }

        public Settings(double l2, int steps, double learningRate, double sparseL2) {
            this(l2, steps, learningRate, sparseL2, 1.0);
        }

        /** Dense L2 0.05 (0.02 before the words came): measured on dev, docs/decisions.md "Words beside ...". */
        public static Settings defaults() {
            // words' L2 0.005 since they are read masked (issue 11, docs/decisions.md): 0.02 before
            return new Settings(0.05, 300, 0.05, 0.005);
        }
    }

    /** Raw scores (logits) per class. */
    public double[] logits(double[] x) {
        return logits(x, null);
    }

    /** Raw scores per class, with the yes/no features {@code active} (indices; null or ignored without weights). */
    public double[] logits(double[] x, int[] active) {
        double[] z = new double[classes.size()];
        for (int k = 0; k < z.length; k++) {
            float[] w = weights[k];
            double s = bias[k];
            for (int j = 0; j < w.length; j++) {
                s += w[j] * x[j];
            }
            if (sparseWeights != null && active != null) {
                float[] sw = sparseWeights[k];
                for (int j : active) {
                    s += sw[j];
                }
            }
            z[k] = s;
        }
        return z;
    }

    /** Index of the most probable class. */
    public int best(double[] x) {
        return best(x, null);
    }

    /** Index of the most probable class, with yes/no features. */
    public int best(double[] x, int[] active) {
        double[] z = logits(x, active);
        int b = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] > z[b]) {
                b = k;
            }
        }
        return b;
    }

    /** For a two-class head: log-odds of the second class. */
    public double logOdds(double[] x) {
        return logOdds(x, null);
    }

    /** For a two-class head: log-odds of the second class, with yes/no features. */
    public double logOdds(double[] x, int[] active) {
        double[] z = logits(x, active);
        return z[1] - z[0];
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /**
     * Fits a head to rows {@code x} (already standardised) with class indices {@code y}. Classes absent from the
     * data keep zero weights and a very low bias.
     */
    public static LinearHead train(List<String> classes, double[][] x, int[] y, Settings settings) {
        return train(classes, x, null, 0, y, settings);
    }

    /**
     * As {@link #train(List, double[][], int[], Settings)}, with yes/no features: {@code active[i]} holds the indices
     * (below {@code sparseWidth}) present in row i. With {@code active} null the head has no sparse weights.
     */
    public static LinearHead train(List<String> classes, double[][] x, int[][] active, int sparseWidth, int[] y,
                                   Settings settings) {
        return train(classes, x, active, sparseWidth, y, null, settings);
    }

    /**
     * As {@link #train(List, double[][], int[][], int, int[], Settings)}, with a weight per row ({@code sampleWeight}
     * null: every row weighs 1). Class balancing is computed on the weighted counts.
     */
    public static LinearHead train(List<String> classes, double[][] x, int[][] active, int sparseWidth, int[] y,
                                   double[] sampleWeight, Settings settings) {
        int n = x.length;
        int k = classes.size();
        int d = n == 0 ? 0 : x[0].length;
        int[] counts = new int[k];
        double[] weighted = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double wi = sampleWeight == null ? 1 : sampleWeight[i];
            counts[y[i]]++;
            weighted[y[i]] += wi;
            total += wi;
        }
        int present = 0;
        for (int c : counts) {
            present += c > 0 ? 1 : 0;
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            // balanced (classBalance 1): every present class carries the same total weight
            classWeight[c] = counts[c] == 0 ? 0
                    : Math.pow(total / (present * weighted[c]), settings.classBalance());
        }
        double[][] w = new double[k][d];
        double[] b = new double[k];
        boolean sparse = active != null;
        int sw0 = k * (d + 1);
        double[][] v = new double[k][sparse ? sparseWidth : 0];
        int size = sw0 + (sparse ? k * sparseWidth : 0);
        Adam opt = new Adam(size, settings.learningRate(), settings.steps());
        double[] grad = new double[size];
        for (int step = 0; step < settings.steps(); step++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double[] z = new double[k];
                for (int c = 0; c < k; c++) {
                    double s = b[c];
                    double[] wc = w[c];
                    double[] xi = x[i];
                    for (int j = 0; j < d; j++) {
                        s += wc[j] * xi[j];
                    }
                    if (sparse) {
                        for (int j : active[i]) {
                            s += v[c][j];
                        }
                    }
                    z[c] = s;
                }
                double[] p = softmax(z);
                double sw = classWeight[y[i]] * (sampleWeight == null ? 1 : sampleWeight[i]) / n;
                for (int c = 0; c < k; c++) {
                    double g = sw * (p[c] - (c == y[i] ? 1 : 0));
                    int off = c * (d + 1);
                    double[] xi = x[i];
                    for (int j = 0; j < d; j++) {
                        grad[off + j] += g * xi[j];
                    }
                    grad[off + d] += g;
                    if (sparse) {
                        int soff = sw0 + c * sparseWidth;
                        for (int j : active[i]) {
                            grad[soff + j] += g;
                        }
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                int off = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    grad[off + j] += settings.l2() * w[c][j];
                }
                for (int j = 0; j < v[c].length; j++) {
                    grad[sw0 + c * sparseWidth + j] += settings.sparseL2() * v[c][j];
                }
            }
            double[] delta = opt.step(grad);
            for (int c = 0; c < k; c++) {
                int off = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    w[c][j] -= delta[off + j];
                }
                b[c] -= delta[off + d];
                for (int j = 0; j < v[c].length; j++) {
                    v[c][j] -= delta[sw0 + c * sparseWidth + j];
                }
            }
        }
        float[][] fw = new float[k][d];
        float[] fb = new float[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                fw[c][j] = (float) w[c][j];
            }
            fb[c] = counts[c] == 0 ? -20f : (float) b[c];
        }
        float[][] fv = null;
        if (sparse) {
            fv = new float[k][sparseWidth];
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < sparseWidth; j++) {
                    fv[c][j] = (float) v[c][j];
                }
            }
        }
        return new LinearHead(List.copyOf(classes), fw, fb, fv);
    }

    /** Adam's step size at step {@code t} (from 0) of {@code steps}: falling linearly from {@code lr} to zero. */
    static double stepSize(double lr, int t, int steps) {
        return lr * (1 - (double) t / steps);
    }

    /**
     * Adam with the usual defaults and a step size that falls linearly to zero over the run; deterministic. Adam moves
     * a weight by about the step size whatever its gradient's magnitude, so at a constant step size the weights of rare
     * words, whose gradients are tiny, keep wandering by the sign of those gradients: removing or changing three
     * training sentences out of 13,000 moved dev by two points. Falling to zero, the last steps settle the weights
     * where the objective (convex, with its L2 term) has its minimum.
     */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private final double lr;
        private final int steps;
        private int t;

        Adam(int size, double lr, int steps) {
            this.m = new double[size];
            this.v = new double[size];
            this.lr = lr;
            this.steps = steps;
        }

        double[] step(double[] g) {
            double rate = stepSize(lr, t, steps);
            t++;
            double[] out = new double[g.length];
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < g.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                out[i] = rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
            }
            return out;
        }
    }
}
