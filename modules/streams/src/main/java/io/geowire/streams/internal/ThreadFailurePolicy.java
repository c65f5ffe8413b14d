package io.geowire.streams.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * What a stream thread's uncaught failure does to the application. A passing Kafka failure (the broker restarting, a
 * send that timed out and left the thread's transactional producer in an abortable state) gets a new thread: it
 * takes the tasks over from their last commit with a fresh producer, and the open transaction is aborted, so nothing
 * is lost or doubled. Kafka 4.2 itself turns such a timeout into a dead thread when other tasks must commit while the
 * producer is in that state (TaskManager.handleCorruption). Anything else stops the application with its cause, as
 * do passing failures that keep coming back: a record the broker refuses for good, an exception of our own code, an
 * error of the JVM would fail again on the same input, and replacing threads forever only hides why.
 */
public final class ThreadFailurePolicy {

    /** How many threads may be replaced within {@link #WINDOW} before a passing failure counts as lasting. */
    public static final int MAX_REPLACEMENTS = 5;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final LongSupplier nanoClock;
    private final Deque<Long> replacements = new ArrayDeque<>();

    public ThreadFailurePolicy() {
        this(System::nanoTime);
    }

    /** {@code nanoClock} as {@link System#nanoTime()}; tests move it themselves. */
    public ThreadFailurePolicy(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** REPLACE_THREAD for a passing Kafka failure while the budget lasts; SHUTDOWN_CLIENT otherwise. */
    public synchronized StreamThreadExceptionResponse respond(Throwable failure) {
        if (!isPassing(failure)) {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        long now = nanoClock.getAsLong();
        while (!replacements.isEmpty() && now - replacements.peekFirst() > WINDOW.toNanos()) {
            replacements.removeFirst();
        }
        if (replacements.size() >= MAX_REPLACEMENTS) {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /**
     * A failure is passing when its chain names a retriable or transaction-abortable Kafka error, or consists of Kafka
     * client exceptions only without the broker's refusal ({@link ApiException}) of a record: the abortable producer
     * state shows as plain {@link KafkaException}s ("... can no longer retry them. It is safe to abort the transaction").
     */
    static boolean isPassing(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof TransactionAbortableException) {
                return true;
            }
            if (!(t instanceof KafkaException) || t instanceof ApiException) {
                return false;
            }
        }
        return true;
    }
}
