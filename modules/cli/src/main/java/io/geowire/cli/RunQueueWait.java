package io.geowire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * How long threads of this process have waited on the kernel's run queue: runnable, but with no core given to
 * them (the second field of Linux's {@code /proc/self/task/TID/schedstat}, in nanoseconds). On a machine shared with
 * other work this is the time a thread lost to the load, told apart from the time it was blocked (in a commit, a
 * poll) or ran. Threads are chosen by their Linux name, which the JVM sets to the first 15 characters of the Java
 * thread's name. Threads that ended are no longer counted; without /proc the figure is 0.
 */
final class RunQueueWait {

    /** The longest Linux thread name (without its terminating zero). */
    static final int COMM_LENGTH = 15;

    private RunQueueWait() {
    }

    /** The Linux name of a Java thread called {@code javaName}. */
    static String commOf(String javaName) {
        return javaName.length() <= COMM_LENGTH ? javaName : javaName.substring(0, COMM_LENGTH);
    }

    /** Nanoseconds the live threads whose Linux name passes {@code comm} have waited for a core since they began. */
    static long nanos(Predicate<String> comm) {
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (comm.test(Files.readString(task.resolve("comm")).trim())) {
                        total += waitedOf(Files.readString(task.resolve("schedstat")));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total;
    }

    /** The run-queue wait of one schedstat line: "on-cpu-ns run-queue-ns timeslices". */
    static long waitedOf(String schedstat) {
        return Long.parseLong(schedstat.trim().split("\\s+")[1]);
    }
}
