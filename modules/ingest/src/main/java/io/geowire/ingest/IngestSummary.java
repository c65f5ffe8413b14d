package io.geowire.ingest;

import java.time.Duration;

/**
 * Counts of one ingestion run; {@code inputs == ok + duplicates + deadLetters} always.
 *
 * @param bytes bytes read from disk or stdin (compressed size for gzip)
 */
public record IngestSummary(long inputs, long ok, long duplicates, long deadLetters, long bytes, Duration elapsed) {

    /** Megabytes (10^6 bytes) read per second of wall time. */
    public double megabytesPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return bytes / 1e6 / seconds;
    }
}
