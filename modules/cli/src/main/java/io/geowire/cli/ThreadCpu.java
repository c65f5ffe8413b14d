package io.geowire.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of the process's Java threads over a span, by kind of thread, so that a change to the Streams topology
 * can be judged by the stream thread's own CPU: the process's total also holds the in-process broker, the JIT
 * compiler and the garbage collector, which on a short rebuild are as large as the stream thread and move with the
 * machine's load. The JVM's own threads (JIT compilers, garbage collector) are read from Linux's per-thread
 * accounting ({@code /proc/self/task}); what neither accounts for (threads that ended within the span, or every
 * native thread where there is no /proc) is the rest.
 */
final class ThreadCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();
    private final long processStart;
    private final Map<String, Long> nativeStart;
    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ThreadCpu() {
        processStart = RebuildBenchmark.processCpuNanos();
        for (long id : threads.getAllThreadIds()) {
            start.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        nativeStart = jvmThreadTicks();
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
        double jvm = 0;
        for (Map.Entry<String, Long> t : jvmThreadTicks().entrySet()) {
            double seconds = (t.getValue() - nativeStart.getOrDefault(t.getKey(), 0L)) / TICKS_PER_SECOND;
            kinds.merge(t.getKey().substring(t.getKey().indexOf(' ') + 1), seconds, Double::sum);
            jvm += seconds;
        }
        kinds.put("the rest (ended threads)", (RebuildBenchmark.processCpuNanos() - processStart) / 1e9
                - javaThreads - jvm);
        return kinds;
    }

    /** "tid kind" -> utime + stime in ticks, for the JVM's compiler and GC threads; empty without /proc. */
    private static Map<String, Long> jvmThreadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String kind = jvmKindOf(Files.readString(task.resolve("comm")).trim());
                    if (kind != null) {
                        ticks.put(task.getFileName() + " " + kind, ticksOf(Files.readString(task.resolve("stat"))));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /** utime + stime: fields 14 and 15 of /proc/.../stat, counted after the command name's closing parenthesis. */
    static long ticksOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The JVM threads by their Linux names ("C2 CompilerThre", "GC Thread#0", "G1 Conc#0" ...), else null. */
    static String jvmKindOf(String comm) {
        if (comm.contains("CompilerThre")) {
            return "JIT compiler";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
            return "GC and VM thread";
        }
        return null;
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
