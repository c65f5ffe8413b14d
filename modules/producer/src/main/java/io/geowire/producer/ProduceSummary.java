package io.geowire.producer;

/**
 * What one produce run sent, by its own count: inputs = articles + duplicates + deadLetters.
 * The Streams side counts independently; the two are compared to check that nothing was lost.
 */
public record ProduceSummary(long inputs, long articles, long duplicates, long deadLetters, long events,
        long transactions) {

    public boolean addsUp() {
        return inputs == articles + duplicates + deadLetters;
    }
}
