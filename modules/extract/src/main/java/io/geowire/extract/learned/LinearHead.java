package io.geowire.extract.learned;

import java.util.List;

/**
 * A multinomial logistic regression over standardised features: one weight row and bias per class. Two classes make
 * the binary case. Trained by {@link #train}: full-batch Adam from zero weights, class-balanced sample weights and
 * an L2 penalty on the weights (not the biases). Nothing random, so the same data gives the same weights.
 *
 * @param classes class labels, in the order of the rows
 * @param weights one row of feature weights per class
 * @param bias    one bias per class
 */
public record LinearHead(List<String> classes, float[][] weights, float[] bias) {

    /** Training settings: L2 strength (per sample) and number of full-batch steps. */
    public record Settings(double l2, int steps, double learningRate) {
        public static Settings defaults() {
            return new Settings(0.02, 300, 0.05);
        }
    }

    /** Raw scores (logits) per class. */
    public double[] logits(double[] x) {
        double[] z = new double[classes.size()];
        for (int k = 0; k < z.length; k++) {
            float[] w = weights[k];
            double s = bias[k];
            for (int j = 0; j < w.length; j++) {
                s += w[j] * x[j];
            }
            z[k] = s;
        }
        return z;
    }

    /** Index of the most probable class. */
    public int best(double[] x) {
        double[] z = logits(x);
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
        double[] z = logits(x);
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
        int n = x.length;
        int k = classes.size();
        int d = n == 0 ? 0 : x[0].length;
        int[] counts = new int[k];
        for (int c : y) {
            counts[c]++;
        }
        int present = 0;
        for (int c : counts) {
            present += c > 0 ? 1 : 0;
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            // balanced: every present class carries the same total weight
            classWeight[c] = counts[c] == 0 ? 0 : (double) n / (present * counts[c]);
        }
        double[][] w = new double[k][d];
        double[] b = new double[k];
        Adam opt = new Adam(k * (d + 1), settings.learningRate());
        double[] grad = new double[k * (d + 1)];
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
                    z[c] = s;
                }
                double[] p = softmax(z);
                double sw = classWeight[y[i]] / n;
                for (int c = 0; c < k; c++) {
                    double g = sw * (p[c] - (c == y[i] ? 1 : 0));
                    int off = c * (d + 1);
                    double[] xi = x[i];
                    for (int j = 0; j < d; j++) {
                        grad[off + j] += g * xi[j];
                    }
                    grad[off + d] += g;
                }
            }
            for (int c = 0; c < k; c++) {
                int off = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    grad[off + j] += settings.l2() * w[c][j];
                }
            }
            double[] delta = opt.step(grad);
            for (int c = 0; c < k; c++) {
                int off = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    w[c][j] -= delta[off + j];
                }
                b[c] -= delta[off + d];
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
        return new LinearHead(List.copyOf(classes), fw, fb);
    }

    /** Adam with the usual defaults; deterministic. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private final double lr;
        private int t;

        Adam(int size, double lr) {
            this.m = new double[size];
            this.v = new double[size];
            this.lr = lr;
        }

        double[] step(double[] g) {
            t++;
            double[] out = new double[g.length];
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < g.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                out[i] = lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
            }
            return out;
        }
    }
}
