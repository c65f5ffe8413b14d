package io.geowire.extract.learned;

import java.util.concurrent.atomic.LongAdder;

/**
 * JVM-wide counts of the encoder cascade: of the sentences the learned stage considered for an encoder call, how many
 * it encoded (or found in the embedding cache) and how many the cascade left out because no learned event could come
 * of them. Read by {@code bench news}; thread-safe.
 */
public final class EncoderCascadeStats {
    /** Counts since the JVM started (or since {@link #snapshot()} values were taken, by difference). */
    public record Counts(long encoded, long skipped) {
        /** Share of the considered sentences that were encoded; 1 when none was considered. */
        public double encodedShare() {
            long all = encoded + skipped;
            return all == 0 ? 1 : (double) encoded / all;
        }

        public Counts since(Counts before) {
            return new Counts(encoded - before.encoded, skipped - before.skipped);
        }
    }

    private static final LongAdder ENCODED = new LongAdder();
    private static final LongAdder SKIPPED = new LongAdder();

    private EncoderCascadeStats() {
    }

    /** A sentence went to the encoder (or its cache). */
    public static void encoded() {
        ENCODED.increment();
    }

    /** The cascade kept a sentence from the encoder. */
    public static void skipped() {
        SKIPPED.increment();
    }

    public static Counts snapshot() {
        return new Counts(ENCODED.sum(), SKIPPED.sum());
    }
}
