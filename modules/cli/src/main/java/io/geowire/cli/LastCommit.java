package io.geowire.cli;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * When the stream threads last committed, read from their {@code commit-total} counters at each {@link #sample}.
 * A stream thread commits only when it has processed something since its last commit, so the last commit is when
 * Streams finished its work; the settle check notices it later (it confirms lag 0 twice and backs off while behind),
 * and the difference tells the two apart in {@code bench e2e}'s "settled N s later".
 */
final class LastCommit {

    private final List<Metric> counters;
    private final LongSupplier clock;
    private double seen;
    private long lastChange;

    LastCommit(Map<MetricName, ? extends Metric> metrics, LongSupplier clock) {
        this.counters = metrics.entrySet().stream()
                .filter(e -> e.getKey().group().equals("stream-thread-metrics")
                        && e.getKey().name().equals("commit-total"))
                .map(Map.Entry::getValue)
                .map(Metric.class::cast)
                .toList();
        this.clock = clock;
        this.seen = total();
        this.lastChange = clock.getAsLong();
    }

    /** Reads the counters; remembers the time if they moved since the last reading. */
    synchronized void sample() {
        double now = total();
        if (now != seen) {
            seen = now;
            lastChange = clock.getAsLong();
        }
    }

    /** The clock's reading at the last sample that saw a new commit (at construction if none). */
    synchronized long lastChange() {
        return lastChange;
    }

    private double total() {
        double total = 0;
        for (Metric m : counters) {
            if (m.metricValue() instanceof Number n) {
                total += n.doubleValue();
            }
        }
        return total;
    }
}
