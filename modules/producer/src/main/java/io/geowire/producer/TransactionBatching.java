package io.geowire.producer;

import java.time.Duration;

/**
 * How many inputs {@link TransactionBatcher} puts in one producer transaction: a transaction is committed when it
 * holds {@code maxInputs} inputs or has been open for {@code maxOpen}, whichever comes first. A commit per article
 * cost the broker about 16 times its raw rate for the same bytes (docs/operations.md, {@code bench e2e}); a
 * transaction of several articles keeps each article together with its events all the same, because a transaction
 * is read whole or not at all.
 * <p>{@code maxOpen} is how long a committed reader may wait for an input because of batching (like Kafka Streams'
 * commit interval, 100 ms under exactly-once); it must stay well below the producer's {@code transaction.timeout.ms}
 * (60 s by default), after which the broker aborts an open transaction.
 */
public record TransactionBatching(int maxInputs, Duration maxOpen) {

    public static final int DEFAULT_MAX_INPUTS = 100;
    public static final long DEFAULT_MAX_OPEN_MS = 100;
    /** The longest {@code maxOpen} accepted: half of Kafka's default transaction timeout. */
    public static final Duration LONGEST_OPEN = Duration.ofSeconds(30);

    /** At most 100 inputs, at most 100 ms open. */
    public static final TransactionBatching DEFAULT =
            new TransactionBatching(DEFAULT_MAX_INPUTS, Duration.ofMillis(DEFAULT_MAX_OPEN_MS));
    /** One input per transaction: the shape before batching. */
    public static final TransactionBatching ONE_PER_INPUT = new TransactionBatching(1, Duration.ZERO);

    public TransactionBatching {
        if (maxInputs < 1) {
            throw new IllegalArgumentException("a transaction holds at least one input, not " + maxInputs);
        }
        if (maxOpen == null || maxOpen.isNegative() || maxOpen.compareTo(LONGEST_OPEN) > 0) {
            throw new IllegalArgumentException("a transaction may stay open from 0 to " + LONGEST_OPEN.toMillis()
                    + " ms (below the producer's transaction timeout), not " + (maxOpen == null ? "null"
                    : maxOpen.toMillis() + " ms"));
        }
    }

    /** True when every input gets a transaction of its own. */
    public boolean onePerInput() {
        return maxInputs == 1 || maxOpen.isZero();
    }
}
