package io.geowire.producer;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a step (extraction) on a small pool of worker threads and hands its results to a sink (the transactional
 * producer) on one thread of its own, in the order the items were submitted. The submitting thread (ingestion) goes
 * on with the next input while earlier ones are worked on and sent, so ingestion, extraction and the wait for each
 * transaction's commit overlap instead of following one another.
 * <p>The sink sees exactly the sequence a single thread would have given it, one item after the other from the same
 * thread, so what it writes (and in which transaction) does not depend on the number of workers: a run stopped
 * mid-way has written a prefix of its inputs, as before. Decisions that depend on the input order (which copy of a
 * duplicate is the original) are taken before submission, by the single submitting thread.
 * <p>At most {@code window} items are in flight (submitted but not yet handed to the sink); {@link #submit} waits for
 * room, which bounds memory. The first failure of a step or of the sink stops the hand-off: nothing after that item
 * reaches the sink, and {@link #submit} or {@link #finish} rethrows that failure to the submitting thread.
 * Not for use by more than one submitting thread.
 */
public final class OrderedHandOff<T, R> implements AutoCloseable {

    private final Function<T, R> step;
    private final Consumer<R> sink;
    private final ExecutorService workers;
    private final BlockingQueue<CompletableFuture<R>> inFlight;
    private final CompletableFuture<R> end = new CompletableFuture<>();
    private final Thread sender;
    private volatile Throwable failure;
    private boolean finished;

    /**
     * @param workers threads running {@code step}, at least 1
     * @param window  items submitted but not yet given to the sink, at most; at least {@code workers}
     * @param name    prefix of the threads' names (they show in thread dumps and profiles)
     */
    public OrderedHandOff(int workers, int window, String name, Function<T, R> step, Consumer<R> sink) {
        if (workers < 1 || window < workers) {
            throw new IllegalArgumentException("need workers >= 1 and window >= workers, got " + workers + " and "
                    + window);
        }
        this.step = Objects.requireNonNull(step, "step");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.workers = Executors.newFixedThreadPool(workers, daemons(name + "-worker-"));
        this.inFlight = new ArrayBlockingQueue<>(window);
        this.sender = daemons(name + "-sender-").newThread(this::sendInOrder);
        sender.start();
    }

    /** Room for a few items per worker: enough to keep each busy while the sink waits for a commit. */
    public static int defaultWindow(int workers) {
        return 4 * workers;
    }

    /**
     * Starts {@code step} on {@code item} and queues its result for the sink behind every item submitted before.
     * Waits while {@code window} items are in flight. Throws the failure that stopped the hand-off, if any.
     */
    public void submit(T item) {
        if (finished) {
            throw new IllegalStateException("submit after finish or close: nothing would send it");
        }
        rethrowFailure();
        CompletableFuture<R> result = CompletableFuture.supplyAsync(() -> step.apply(item), workers);
        put(result);
    }

    /** Waits until every submitted item has reached the sink; throws the failure that stopped the hand-off, if any. */
    public void finish() {
        if (!finished) {
            finished = true;
            put(end);
            join();
        }
        rethrowFailure();
    }

    /**
     * Like {@link #finish} (everything submitted still reaches the sink unless the hand-off failed, so a submitting
     * thread that stops on an error of its own leaves behind what it had already read), without throwing a failure
     * of the hand-off; then stops the threads.
     */
    @Override
    public void close() {
        try {
            if (!finished) {
                finished = true;
                put(end);
                join();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** The sender: each result in submission order to the sink; after a failure, the rest are dropped unsent. */
    private void sendInOrder() {
        while (true) {
            CompletableFuture<R> next;
            try {
                next = inFlight.take();
            } catch (InterruptedException e) {
                fail(e);
                return;
            }
            if (next == end) {
                return;
            }
            if (failure != null) {
                continue;
            }
            try {
                sink.accept(next.join());
            } catch (CompletionException e) {
                fail(e.getCause() == null ? e : e.getCause());
            } catch (RuntimeException | Error e) {
                fail(e);
            }
        }
    }

    private void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    private void put(CompletableFuture<R> result) {
        try {
            // the sender keeps taking (and, after a failure, dropping) items, so there is always room eventually
            inFlight.put(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing an item over", e);
        }
    }

    private void join() {
        try {
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sender", e);
        }
    }

    /** The failure as it was thrown (a Kafka exception stays one for the caller's handling). */
    private void rethrowFailure() {
        Throwable e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException("hand-off stopped: " + e, e);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
