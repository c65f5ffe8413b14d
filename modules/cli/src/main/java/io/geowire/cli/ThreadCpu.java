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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CPU time of the process's Java threads over a span, by kind of thread, so that a change to the Streams topology
 * can be judged by the stream thread's own CPU: the process's total also holds the in-process broker, the JIT
 * compiler and the garbage collector, which on a short rebuild are as large as the stream thread and move with the
 * machine's load. The JVM's own threads (JIT compilers, garbage collector) are read from Linux's per-thread
 * accounting ({@code /proc/self/task}); what neither accounts for (threads that ended within the span, or every
 * native thread where there is no /proc) is the rest; a Java thread that ended is counted up to its last
 * {@link #sample}.
 */
final class ThreadCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();
    /** Each Java thread's CPU time and name at its latest {@link #sample}. */
    private final Map<Long, Long> lastSeen = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final long processStart;
    private final Map<String, Long> nativeStart;
    private final Function<String, String> kindOfName;
    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ThreadCpu(Function<String, String> kindOfName) {
        this.kindOfName = kindOfName;
        processStart = RebuildBenchmark.processCpuNanos();
        for (long id : threads.getAllThreadIds()) {
            start.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        nativeStart = jvmThreadTicks();
    }

    static ThreadCpu start() {
        return new ThreadCpu(ThreadCpu::kindOf);
    }

    /**
     * As {@link #start()}, also telling apart the threads of the producing path ({@code produce}, {@code run},
     * {@code bench e2e}): the ingesting thread (the caller, {@code main}), the extraction workers, the thread that
     * hands their results to the producer in order, and our transactional producer's network thread.
     */
    static ThreadCpu startWithProducingPath() {
        return new ThreadCpu(ThreadCpu::producingPathKindOf);
    }

    static String producingPathKindOf(String name) {
        if (name.equals("main")) {
            return "ingesting thread (main)";
        }
        if (name.startsWith("geowire-extract-worker-")) {
            return "extraction workers";
        }
        if (name.startsWith("geowire-extract-sender-") || name.startsWith("geowire-transaction-timer")) {
            return "producing thread and its commit timer";
        }
        if (name.startsWith("kafka-producer-network-thread") && !name.contains("StreamThread-")) {
            return "our producer's network thread";
        }
        return kindOf(name);
    }

    /**
     * Reads every live Java thread's CPU time, so a thread that ends later (an extraction worker when its pool shuts
     * down) is still counted with what it had used by this reading instead of falling into the rest. Call it now and
     * then (a sampler every 100 ms) when threads of interest end within the span.
     */
    synchronized void sample() {
        for (long id : threads.getAllThreadIds()) {
            String name = names.get(id);
            if (name == null) {
                // a thread's name is read once: getThreadInfo is the costly call, and our threads keep their names
                ThreadInfo info = threads.getThreadInfo(id);
                if (info == null) {
                    continue;
                }
                name = info.getThreadName();
                names.put(id, name);
            }
            long now = threads.getThreadCpuTime(id);
            if (now >= 0) {
                lastSeen.put(id, now);
            }
        }
    }

    /** Seconds of CPU per kind of thread since {@link #start}, in a fixed order, and the process's rest. */
    synchronized Map<String, Double> secondsByKind() {
        Map<String, Double> kinds = new LinkedHashMap<>();
        for (String kind : new String[] {"stream threads", "their producers' network threads", "broker",
                "other Java threads"}) {
            kinds.put(kind, 0.0);
        }
        double javaThreads = 0;
        sample();
        for (Map.Entry<Long, Long> seen : lastSeen.entrySet()) {
            double seconds = (seen.getValue() - start.getOrDefault(seen.getKey(), 0L)) / 1e9;
            kinds.merge(kindOfName.apply(names.get(seen.getKey())), seconds, Double::sum);
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
