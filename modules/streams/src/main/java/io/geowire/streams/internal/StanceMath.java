package io.geowire.streams.internal;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.StanceTotals;
import java.util.ArrayList;
import java.util.List;

/**
 * The stance formula and window arithmetic, in whole days since the epoch.
 * <p>weight(event) = confidence x (hedged ? 0.5 : 1) x (1 + ln(sources)); polarity aligning +1, neutral 0,
 * distancing -1; score = sum(weight x polarity) / sum(weight), in [-1, 1] (0 when the weight is 0).
 * <p>Windows are hopping windows of {@code size} days advancing by {@code advance} days, aligned to the
 * epoch like Kafka's TimeWindows; window [s, s+size) closes when stream time reaches s + size + grace.
 */
public record StanceMath(long sizeDays, long advanceDays, long graceDays) {

    public static final double HEDGED_FACTOR = 0.5;

    public static double weight(CorroboratedCluster c) {
        double confidence = Math.max(0.0, Math.min(1.0, c.getConfidence()));
        return confidence * (c.getHedged() ? HEDGED_FACTOR : 1.0) * (1.0 + Math.log(Math.max(1, c.getSources())));
    }

    public static int polarityValue(String polarity) {
        return switch (polarity == null ? "" : polarity) {
            case "aligning" -> 1;
            case "distancing" -> -1;
            default -> 0;
        };
    }

    public static double score(StanceTotals t) {
        return t.getWeight() > 0 ? t.getWeighted() / t.getWeight() : 0.0;
    }

    public static StanceTotals zero() {
        return new StanceTotals(0.0, 0.0, 0L, 0L, 0L, 0L);
    }

    /** Adds (sign +1) or removes (sign -1) one event's contribution; counts stay exact integers. */
    public static void apply(StanceTotals t, String polarity, double weight, int sign) {
        t.setWeight(t.getWeight() + sign * weight);
        t.setWeighted(t.getWeighted() + sign * weight * polarityValue(polarity));
        t.setCount(t.getCount() + sign);
        switch (polarityValue(polarity)) {
            case 1 -> t.setAligning(t.getAligning() + sign);
            case -1 -> t.setDistancing(t.getDistancing() + sign);
            default -> t.setNeutral(t.getNeutral() + sign);
        }
        if (t.getCount() == 0) {
            // no floating-point residue once the last event is gone
            t.setWeight(0.0);
            t.setWeighted(0.0);
        }
    }

    /** Starts (epoch days) of every window containing {@code day}, oldest first. */
    public List<Long> windowsContaining(long day) {
        List<Long> starts = new ArrayList<>();
        long first = Math.floorDiv(day - sizeDays, advanceDays) + 1;
        long last = Math.floorDiv(day, advanceDays);
        for (long k = first; k <= last; k++) {
            starts.add(k * advanceDays);
        }
        return starts;
    }

    /** Whether the window starting at {@code start} still accepts changes when the clock (epoch ms) is at {@code clockMs}. */
    public boolean isOpen(long start, long clockMs) {
        long closesAtMs = (start + sizeDays + graceDays) * EventDates.MILLIS_PER_DAY;
        return clockMs < closesAtMs;
    }

    /**
     * The first window start (epoch days) still open when the pair's clock is at {@code clockDay}: windows starting
     * earlier are closed for good (the same rule as {@link #isOpen}, in whole days).
     */
    public long openFrom(long clockDay) {
        return clockDay - sizeDays - graceDays + 1;
    }

    public long endOf(long start) {
        return start + sizeDays;
    }
}
