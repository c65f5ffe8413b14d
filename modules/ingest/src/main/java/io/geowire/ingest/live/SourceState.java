package io.geowire.ingest.live;

import java.time.Instant;

/**
 * What a live source has done so far, as {@code GET /api/sources} shows it. Items are counted once each:
 * {@code items = produced + alreadyProduced + pending}, and the articles of the produced items add up as
 * {@code articles + duplicates + deadLetters} (a JSON Lines file is one item with several articles).
 *
 * @param id              the source's id, e.g. {@code feed:https://example.org/rss}
 * @param kind            "watch" or "feed"
 * @param location        the folder or feed URL
 * @param polls           how often it has been polled
 * @param lastPoll        when it was last polled (null before the first poll)
 * @param items           new items and new versions it handed over
 * @param produced        items written to Kafka, with their position, in one transaction each
 * @param alreadyProduced items the positions in Kafka already had (found again after a restart, say)
 * @param articles        articles written (status OK)
 * @param duplicates      duplicates written
 * @param deadLetters     dead letters written, each with its reason
 * @param errors          failed polls, fetches and sends
 * @param lastError       the last error's message (null if none)
 * @param lastErrorAt     when it happened
 */
public record SourceState(String id, String kind, String location, long polls, Instant lastPoll, long items,
        long produced, long alreadyProduced, long articles, long duplicates, long deadLetters, long errors,
        String lastError, Instant lastErrorAt) {

    /** Items handed over but neither produced nor found already produced yet. */
    public long pending() {
        return items - produced - alreadyProduced;
    }
}
