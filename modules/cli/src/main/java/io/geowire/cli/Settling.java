package io.geowire.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * Decides when the state has settled after a corpus was produced: the Streams group has processed every
 * committed input record (lag 0, checked twice in a row because a repartition hop can hide work for a
 * moment) and the stores account for every input and event the producer sent. Gives up at once, with the
 * cause, when the Streams application stops on its own: it will never settle, and waiting out the timeout
 * only hides why. The timeout counts time without progress, not time since the wait began: a large corpus on a busy
 * machine can keep Streams catching up for longer than any fixed bound, and giving up on it while it still works
 * reported a healthy run as failed (10,000 articles, 6,117 in the state after five minutes).
 */
final class Settling {

    private static final Duration POLL = Duration.ofMillis(250);
    /** The poller's life, so the waiting thread never interrupts it while it closes its source (see {@link #await}). */
    private static final int POLLING = 0;
    private static final int CLOSING = 1;
    private static final int INTERRUPTED = 2;
    /**
     * The longest pause between two lag checks while Streams is behind. A check that finds lag opens a probe
     * consumer and fetches the lagging partitions (to tell records from transaction markers): every 250 ms
     * through a catch-up of minutes, that was 8% of the CPU the process got in a profiled {@code bench e2e}, taken
     * from the Streams thread it waits for. Doubling the pause up to this bound costs at most this long in noticing
     * that the state settled.
     */
    static final Duration MAX_POLL = Duration.ofSeconds(2);
    /**
     * While behind, the pause is also at most this share of the time waited so far (but never under the 250 ms
     * pause), so a short wait is noticed nearly as promptly as before the back-off: the doubling alone reached 2 s
     * after under 2 s of waiting, and {@code bench e2e} then reported Streams settled up to 2 s after its last
     * commit, a fifth of an 8-10 s catch-up. A catch-up of minutes still checks every 2 s.
     */
    static final int WAIT_SHARE = 10;

    /**
     * What {@link Settling} watches; {@link LocalPipeline#settleSource} is the real one. Used from the one polling
     * thread, which closes it when it stops.
     */
    interface Source extends AutoCloseable {

        /** Releases what the checks kept (a probe consumer); called by the polling thread when it stops. */
        @Override
        default void close() {
        }

        /** Every committed input record has been processed and committed. May block for a few seconds. */
        boolean caughtUp();

        /** The stores account for everything the producer sent. */
        boolean balanced();

        /**
         * How far the application has come (its committed input offsets): grows while it processes. Read right after
         * {@link #caughtUp()} on the same thread; the wait gives up only when this stops growing for its timeout.
         */
        long progress();

        /** Calls {@code listener} once, with the cause, when the application stops on its own (maybe at once). */
        void onUnexpectedStop(Consumer<String> listener);
    }

    /** Settled, timed out (neither set), or stopped with {@code failure} as the cause. */
    record Outcome(boolean settled, String failure) {

        static final Outcome SETTLED = new Outcome(true, null);
        static final Outcome TIMED_OUT = new Outcome(false, null);

        static Outcome failed(String cause) {
            return new Outcome(false, cause);
        }

        boolean failed() {
            return failure != null;
        }
    }

    private Settling() {
    }

    /** True when the pipeline's state settled within {@code timeout}; false when it stopped or timed out. */
    static boolean await(LocalPipeline pipeline, io.geowire.producer.ProduceSummary produced, Duration timeout)
            throws InterruptedException {
        return await(pipeline.settleSource(produced), timeout).settled();
    }

    /**
     * Polls on a thread of its own while this one waits for whichever comes first: settled, the application
     * stopped (reported by its state listener, not found by polling), or {@code idleTimeout} without progress.
     */
    static Outcome await(Source source, Duration idleTimeout) throws InterruptedException {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        source.onUnexpectedStop(cause -> outcome.complete(Outcome.failed(cause)));
        AtomicInteger life = new AtomicInteger(POLLING);
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        Thread poller = new Thread(() -> poll(source, outcome, life, lastProgress), "geowire-settle");
        poller.setDaemon(true);
        poller.start();
        try {
            return awaitWhileProgressing(outcome, idleTimeout, lastProgress);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            // stops a poller still sleeping or checking; one already closing its source is left alone: an interrupt
            // landing in a Kafka consumer's close makes it log an error with a stack trace and close only in part
            if (life.compareAndSet(POLLING, INTERRUPTED)) {
                poller.interrupt();
            }
        }
    }

    private static Outcome awaitWhileProgressing(CompletableFuture<Outcome> outcome, Duration idleTimeout,
            AtomicLong lastProgress) throws InterruptedException, ExecutionException {
        while (true) {
            long left = idleTimeout.toNanos() - (System.nanoTime() - lastProgress.get());
            if (left <= 0) {
                return Outcome.TIMED_OUT;
            }
            try {
                return outcome.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // progress in the meantime moved the deadline: look again
            }
        }
    }

    /**
     * The pause before the next lag check: short once caught up (to confirm it); while behind doubling, up to
     * {@link #MAX_POLL} and up to a {@link #WAIT_SHARE}th of {@code waited}, the time waited so far.
     */
    static Duration nextPause(Duration pause, boolean caughtUp, Duration waited) {
        if (caughtUp) {
            return POLL;
        }
        Duration bound = waited.dividedBy(WAIT_SHARE);
        bound = bound.compareTo(POLL) < 0 ? POLL : bound.compareTo(MAX_POLL) > 0 ? MAX_POLL : bound;
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(bound) > 0 ? bound : doubled;
    }

    private static void poll(Source source, CompletableFuture<Outcome> outcome, AtomicInteger life,
            AtomicLong lastProgress) {
        int caughtUpInARow = 0;
        Duration pause = POLL;
        long progress = Long.MIN_VALUE;
        long start = System.nanoTime();
        try {
            while (!outcome.isDone()) {
                boolean caughtUp = source.caughtUp();
                long now = source.progress();
                if (now != progress) {
                    progress = now;
                    lastProgress.set(System.nanoTime());
                }
                pause = nextPause(pause, caughtUp, Duration.ofNanos(System.nanoTime() - start));
                if (caughtUp) {
                    caughtUpInARow++;
                    // state from an earlier run on the same cluster can make counts differ; lag 0 is then enough
                    if (caughtUpInARow >= 2 && (caughtUpInARow >= 8 || source.balanced())) {
                        outcome.complete(Outcome.SETTLED);
                        return;
                    }
                } else {
                    caughtUpInARow = 0;
                }
                Thread.sleep(pause.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a stop of the application often shows here first (stores no longer queryable): let its cause win
            if (!outcome.isDone()) {
                sleepQuietly();
                outcome.completeExceptionally(e);
            }
        } finally {
            if (!life.compareAndSet(POLLING, CLOSING)) {
                // the waiting thread has decided to interrupt: let that interrupt land before closing, not during
                // (bounded: a check may already have taken the interrupt and cleared it)
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
            closeQuietly(source);
        }
    }

    /** Closes with the interrupt flag (the waiting thread's stop signal) cleared, so a consumer closes in full. */
    private static void closeQuietly(Source source) {
        boolean interrupted = Thread.interrupted();
        try {
            source.close();
        } catch (RuntimeException e) {
            // only a probe consumer's close: the outcome is decided already
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whether the stores balance, where a store that cannot be queried for the moment means "not yet": a rebalance
     * (an instance joining, a broker coming back) can outlast a query's own retries, and is no reason to give up.
     * A real stop of the application is reported by its state listener, not by a failed query.
     */
    static boolean balancedWhenQueryable(BooleanSupplier balanced) {
        try {
            return balanced.getAsBoolean();
        } catch (InvalidStateStoreException e) {
            return false;
        }
    }

    /** Gives the state listener a moment to report a stop that made the poll fail. */
    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
