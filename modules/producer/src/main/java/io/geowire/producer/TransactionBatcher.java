package io.geowire.producer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Puts several inputs in one transaction of a {@link CorpusProducer}, as {@link TransactionBatching} says: each
 * input's records are sent as it arrives, into the open transaction, and the transaction is committed once it holds
 * {@code maxInputs} inputs, or by a timer once it has been open {@code maxOpen}, so a slow trickle of inputs is not
 * held back until the next one. {@link #flush()} commits what is open (the caller calls it at the end).
 * <p>Exactly once stays as with a transaction per input: a transaction is readable whole or not at all, so a run
 * stopped at any point (kill -9, a Kafka error) has written a prefix of its inputs, and the open transaction is
 * aborted (by the client on an error, by the broker when the next producer with the same transactional id starts).
 * A rerun writes every input again; those already committed are recognised by id downstream, those of the aborted
 * transaction were never readable.
 * <p>One thread adds and flushes (the producing thread); the timer commits under the same lock. After the first
 * failure, wherever it happened, every further call rethrows it: nothing more is written.
 */
public final class TransactionBatcher implements Consumer<ProducedArticle>, AutoCloseable {

    private final CorpusProducer producer;
    private final TransactionBatching batching;
    private final ScheduledExecutorService timer;
    /** Numbers the transactions this batcher opens, so a timer set for an earlier one leaves a later one alone. */
    private long opened;
    private RuntimeException failure;

    public TransactionBatcher(CorpusProducer producer, TransactionBatching batching) {
        this.producer = producer;
        this.batching = batching;
        this.timer = batching.onePerInput() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "geowire-transaction-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Adds one input to the open transaction (opening one if needed); commits it when it is full. */
    @Override
    public synchronized void accept(ProducedArticle input) {
        rethrowFailure();
        boolean opening = producer.openInputs() == 0;
        try {
            producer.add(input);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        if (producer.openInputs() >= batching.maxInputs() || timer == null) {
            commit();
        } else if (opening) {
            long transaction = ++opened;
            timer.schedule(() -> commitOnTimer(transaction), batching.maxOpen().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Commits the open transaction, if any; rethrows the failure that stopped this batcher, if one did. */
    public synchronized void flush() {
        rethrowFailure();
        commit();
    }

    /** Inputs sent and not yet committed. */
    public synchronized int pending() {
        return producer.openInputs();
    }

    /** True once a Kafka error stopped this batcher (its open transaction was aborted). */
    public synchronized boolean failed() {
        return failure != null;
    }

    private void commit() {
        try {
            producer.commitOpen();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        opened++;
    }

    private synchronized void commitOnTimer(long transaction) {
        if (failure != null || transaction != opened || producer.openInputs() == 0) {
            return; // committed already (full, or flushed), or stopped
        }
        try {
            commit();
        } catch (RuntimeException e) {
            // kept in failure: the producing thread gets it on its next call
        }
    }

    private void rethrowFailure() {
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Stops the timer and aborts what is open, uncommitted (call {@link #flush()} first to keep it): an open
     * transaction left to the broker's timeout would hold every read_committed reader of its partitions until then.
     */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (failure == null) {
                producer.abortOpen();
            }
        }
    }
}
