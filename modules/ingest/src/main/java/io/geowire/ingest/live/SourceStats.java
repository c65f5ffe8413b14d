package io.geowire.ingest.live;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The live counts behind a {@link SourceState}: written by the source's thread and the producing thread. */
public final class SourceStats {

    private final String id;
    private final String kind;
    private final String location;
    private final Clock clock;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong alreadyProduced = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile Instant lastPoll;
    private volatile Instant lastErrorAt;
    private volatile String lastError;

    public SourceStats(String id, String kind, String location, Clock clock) {
        this.id = id;
        this.kind = kind;
        this.location = location;
        this.clock = clock;
    }

    public void polled() {
        polls.incrementAndGet();
        lastPoll = clock.instant();
    }

    public void item() {
        items.incrementAndGet();
    }

    public void alreadyProduced() {
        alreadyProduced.incrementAndGet();
    }

    /** One item written in one transaction, with the number of articles of each kind it held. */
    public synchronized void produced(long ok, long duplicate, long deadLetter) {
        articles.addAndGet(ok);
        duplicates.addAndGet(duplicate);
        deadLetters.addAndGet(deadLetter);
        produced.incrementAndGet();
    }

    public synchronized void error(String message) {
        errors.incrementAndGet();
        lastError = message;
        lastErrorAt = clock.instant();
    }

    public synchronized SourceState snapshot() {
        return new SourceState(id, kind, location, polls.get(), lastPoll, items.get(), produced.get(),
                alreadyProduced.get(), articles.get(), duplicates.get(), deadLetters.get(), errors.get(), lastError,
                lastErrorAt);
    }
}
