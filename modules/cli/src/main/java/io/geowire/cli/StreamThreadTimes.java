package io.geowire.cli;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * What the stream threads did over a span, from Kafka Streams' and its clients' own counters: how many commits
 * (under exactly_once_v2 one producer transaction each), polls and records, and where the threads' wall time went:
 * blocked in the commit (the producer's flush, the offsets sent into the transaction, its end), blocked in the main
 * consumer's network wait (a poll with nothing to return, or a fetch under way), on a core (the threads' CPU time,
 * from {@link ThreadCpu}), runnable but waiting for a core ({@link RunQueueWait}), and the rest (blocked somewhere
 * nothing counts, or waits the wall-time figures above already hold).
 * The question it answers (issue 13): whether Streams settles slowly because it waits (for the broker, for
 * transactions to become readable) or because it does not get the CPU.
 *
 * @param commits        commit rounds of all stream threads (each one transaction per thread under exactly-once)
 * @param polls          main-consumer polls of all stream threads
 * @param processed      records processed by all stream threads
 * @param fetches        fetch requests of the main consumers
 * @param consumed       records the main consumers returned
 * @param sent           records the stream threads' producers sent (repartition, changelogs, outputs)
 * @param flushNanos     producers' flush time (the first part of a commit)
 * @param offsetsNanos   time sending the consumed offsets into the transaction
 * @param endNanos       time committing the transaction (and beginning the next)
 * @param consumerWaitNanos time the main consumers spent waiting on the network (io-wait + io time)
 */
record StreamThreadTimes(double commits, double polls, double processed, double fetches, double consumed,
        double sent, double flushNanos, double offsetsNanos, double endNanos, double consumerWaitNanos) {

    static final StreamThreadTimes NONE = new StreamThreadTimes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static final String THREAD_GROUP = "stream-thread-metrics";
    private static final String PRODUCER_GROUP = "producer-metrics";
    private static final String CONSUMER_GROUP = "consumer-metrics";
    private static final String FETCH_GROUP = "consumer-fetch-manager-metrics";

    /** The counters now, summed over every stream thread of the instance whose metrics are given. */
    static StreamThreadTimes of(Map<MetricName, ? extends Metric> metrics) {
        Predicate<String> producer = id -> id.contains("StreamThread-") && id.endsWith("-producer");
        // the main consumer only: the restore consumer's waits are not the stream thread's (the state updater has it)
        Predicate<String> consumer = id -> id.contains("StreamThread-") && id.endsWith("-consumer")
                && !id.endsWith("-restore-consumer");
        return new StreamThreadTimes(
                sum(metrics, THREAD_GROUP, "commit-total", id -> true),
                sum(metrics, THREAD_GROUP, "poll-total", id -> true),
                sum(metrics, THREAD_GROUP, "process-total", id -> true),
                sumWithoutTopic(metrics, FETCH_GROUP, "fetch-total", consumer),
                sumWithoutTopic(metrics, FETCH_GROUP, "records-consumed-total", consumer),
                sum(metrics, PRODUCER_GROUP, "record-send-total", producer),
                sum(metrics, PRODUCER_GROUP, "flush-time-ns-total", producer),
                sum(metrics, PRODUCER_GROUP, "txn-send-offsets-time-ns-total", producer),
                sum(metrics, PRODUCER_GROUP, "txn-commit-time-ns-total", producer)
                        + sum(metrics, PRODUCER_GROUP, "txn-begin-time-ns-total", producer),
                sum(metrics, CONSUMER_GROUP, "io-wait-time-ns-total", consumer)
                        + sum(metrics, CONSUMER_GROUP, "io-time-ns-total", consumer));
    }

    StreamThreadTimes minus(StreamThreadTimes earlier) {
        return new StreamThreadTimes(commits - earlier.commits, polls - earlier.polls, processed - earlier.processed,
                fetches - earlier.fetches, consumed - earlier.consumed, sent - earlier.sent,
                flushNanos - earlier.flushNanos, offsetsNanos - earlier.offsetsNanos, endNanos - earlier.endNanos,
                consumerWaitNanos - earlier.consumerWaitNanos);
    }

    double commitSeconds() {
        return (flushNanos + offsetsNanos + endNanos) / 1e9;
    }

    /**
     * One line: counts, then the threads' wall time ({@code threads} x {@code wallSeconds}) split into commit,
     * consumer wait, CPU ({@code cpuSeconds}), waiting for a core ({@code runQueueSeconds}, see {@link RunQueueWait};
     * the commit and consumer figures are wall time and may hold some of it too) and the rest.
     */
    String describe(double wallSeconds, int threads, double cpuSeconds, double runQueueSeconds) {
        double wall = wallSeconds * threads;
        double consumerWait = consumerWaitNanos / 1e9;
        double rest = wall - commitSeconds() - consumerWait - cpuSeconds - runQueueSeconds;
        return String.format(Locale.ROOT, "%.0f commits, %.0f polls, %.0f records processed (%.1f a poll), %.0f "
                + "fetches returning %.0f records, %.0f records sent; of %.1f s of stream thread time: in commits %.1f s "
                + "(flush %.1f, offsets %.1f, end of transaction %.1f; %.0f ms a commit), waiting in the consumer %.1f "
                + "s, on a core %.1f s, waiting for a core %.1f s, the rest %.1f s", commits, polls, processed,
                polls == 0 ? 0 : processed / polls, fetches, consumed, sent, wall, commitSeconds(), flushNanos / 1e9,
                offsetsNanos / 1e9, endNanos / 1e9, commits == 0 ? 0 : commitSeconds() * 1000 / commits, consumerWait,
                cpuSeconds, runQueueSeconds, rest);
    }

    private static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name,
            Predicate<String> clientId) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName n = e.getKey();
            if (n.group().equals(group) && n.name().equals(name) && clientId.test(idOf(n))) {
                total += valueOf(e.getValue());
            }
        }
        return total;
    }

    /** As {@link #sum}, over the client-wide metric only (the fetch manager also has one per topic). */
    private static double sumWithoutTopic(Map<MetricName, ? extends Metric> metrics, String group, String name,
            Predicate<String> clientId) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName n = e.getKey();
            if (n.group().equals(group) && n.name().equals(name) && !n.tags().containsKey("topic")
                    && clientId.test(idOf(n))) {
                total += valueOf(e.getValue());
            }
        }
        return total;
    }

    private static String idOf(MetricName n) {
        String id = n.tags().get("client-id");
        return id != null ? id : n.tags().getOrDefault("thread-id", "");
    }

    private static double valueOf(Metric metric) {
        return metric.metricValue() instanceof Number number && Double.isFinite(number.doubleValue())
                ? number.doubleValue() : 0;
    }
}
