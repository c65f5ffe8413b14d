package io.geowire.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One live source of this instance as {@code GET /api/sources} lists it (a watched folder, a feed). Items count
 * once each: {@code items = produced + alreadyProduced + pending}; the articles of produced items add up as
 * {@code articles + duplicates + deadLetters}.
 *
 * @param id              stable id, e.g. {@code feed:https://example.org/rss}
 * @param kind            "watch" or "feed"
 * @param location        the folder or the feed's URL
 * @param polls           how often it was polled
 * @param lastPoll        when it was last polled; null before the first poll
 * @param items           new items and new versions found
 * @param produced        items written to Kafka with their position
 * @param alreadyProduced items the positions in Kafka already held
 * @param articles        articles written
 * @param duplicates      duplicates written
 * @param deadLetters     dead letters written, each with its reason
 * @param errors          failed polls, fetches and sends
 * @param lastError       the last error's message; null if none
 * @param lastErrorAt     when it happened; null if never
 */
public record SourceInfo(String id, String kind, String location, long polls, Instant lastPoll, long items,
        long produced, long alreadyProduced, long articles, long duplicates, long deadLetters, long errors,
        String lastError, Instant lastErrorAt) {

    public SourceInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }
}
