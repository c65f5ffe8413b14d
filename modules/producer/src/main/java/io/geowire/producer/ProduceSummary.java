package io.geowire.producer;

/**
 * What one produce run sent, by its own count: inputs = articles + duplicates + deadLetters.
 * The Streams side counts independently; the two are compared to check that nothing was lost.
 */
public record ProduceSummary(long inputs, long articles, long duplicates, long deadLetters, long events,
        long transactions) {

    public static final ProduceSummary NONE = new ProduceSummary(0, 0, 0, 0, 0, 0);

    /** Both runs' counts together, e.g. of a producer and the one that replaced it. */
    public ProduceSummary plus(ProduceSummary other) {
        return new ProduceSummary(inputs + other.inputs, articles + other.articles, duplicates + other.duplicates,
                deadLetters + other.deadLetters, events + other.events, transactions + other.transactions);
    }

    public boolean addsUp() {
        return inputs == articles + duplicates + deadLetters;
    }
}
