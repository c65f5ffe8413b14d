package io.geowire.tune;

import java.util.Arrays;
import java.util.Comparator;

/** Average precision of a ranking: the mean, over the positives, of the precision at each positive's rank. */
public final class Ap {
    private Ap() {
    }

    public static double of(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // ties broken by position, so the same scores always give the same figure
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        int hits = 0;
        double sum = 0;
        for (int r = 0; r < order.length; r++) {
            if (positive[order[r]]) {
                hits++;
                sum += (double) hits / (r + 1);
            }
        }
        return hits == 0 ? Double.NaN : sum / hits;
    }
}
