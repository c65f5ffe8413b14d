package io.geowire.streams.query;

import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * Retries a store query while the store is briefly unavailable (migrating, restoring, rebalancing), so a
 * query during a rebalance waits a little instead of failing at once.
 */
final class StoreRetry {

    /** Short enough to keep a request responsive, long enough for a store to come back after a rebalance. */
    private static final long PAUSE_MILLIS = 100;

    private StoreRetry() {
    }

    static <T> T retrying(Duration retryFor, Supplier<T> query) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        while (true) {
            try {
                return query.get();
            } catch (InvalidStateStoreException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause(e);
            }
        }
    }

    private static void pause(InvalidStateStoreException cause) {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
