package io.geowire.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of the process's Java threads over a span, by kind of thread, so that a change to the Streams topology
 * can be judged by the stream thread's own CPU: the process's total also holds the in-process broker, the JIT
 * compiler and the garbage collector, which on a short rebuild are as large as the stream thread and move with the
 * machine's load. What no Java thread accounts for (JIT, GC, threads that ended within the span) is the rest.
 */
final class ThreadCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();
    private final long processStart;

    private ThreadCpu() {
        processStart = RebuildBenchmark.processCpuNanos();
        for (long id : threads.getAllThreadIds()) {
            start.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** Seconds of CPU per kind of thread since {@link #start}, in a fixed order, and the process's rest. */
    Map<String, Double> secondsByKind() {
        Map<String, Double> kinds = new LinkedHashMap<>();
        for (String kind : new String[] {"stream threads", "their producers' network threads", "broker",
                "other Java threads"}) {
            kinds.put(kind, 0.0);
        }
        double javaThreads = 0;
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            double seconds = (now - start.getOrDefault(id, 0L)) / 1e9;
            kinds.merge(kindOf(info.getThreadName()), seconds, Double::sum);
            javaThreads += seconds;
        }
        kinds.put("JIT, GC and ended threads", (RebuildBenchmark.processCpuNanos() - processStart) / 1e9
                - javaThreads);
        return kinds;
    }

    static String kindOf(String name) {
        if (name.contains("StreamThread-") && name.contains("producer")) {
            return "their producers' network threads";
        }
        if (name.contains("StreamThread-")) {
            return "stream threads";
        }
        if (name.startsWith("data-plane-") || name.startsWith("kafka-") && !name.startsWith("kafka-producer")
                && !name.startsWith("kafka-admin") || name.startsWith("quorum-") || name.startsWith("group-coordinator")
                || name.contains("TxnMarkerSender") || name.contains("AddPartitionsToTxn")
                || name.startsWith("ExpirationReaper") || name.startsWith("log-") || name.startsWith("transaction-")
                || name.startsWith("share-") || name.startsWith("controller-") || name.startsWith("raft-")) {
            return "broker";
        }
        return "other Java threads";
    }

    static String format(Map<String, Double> byKind) {
        return byKind.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
