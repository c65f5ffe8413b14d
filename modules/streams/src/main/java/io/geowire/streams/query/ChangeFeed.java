package io.geowire.streams.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Tells listeners when the queryable state changed: it polls the pipeline summary (a few counters per instance,
 * cheap to read) and, when it differs from the last one, reads the newest events and passes on those not seen
 * before. Polling what the API can query, rather than hooking into the topology, means a change is reported
 * exactly when it became queryable, from whichever instance holds it. It polls only while someone listens.
 */
public final class ChangeFeed implements AutoCloseable {

    /** A quarter of a second: a change reaches a listener well within a second, at four summary reads a second. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

    /**
     * How many of the newest events each change reads to find the new ones. Events are ordered by their own date,
     * so a new event dated further back than this many others is counted in the summary but not listed.
     */
    static final int RECENT_EVENTS = 200;

    /**
     * One change of the state.
     *
     * @param summary   the summary after the change
     * @param newEvents events (newest first) that were not among the newest events at the previous change
     */
    public record Change(PipelineSummary summary, List<CorroboratedEvent> newEvents) {
    }

    private final Supplier<PipelineSummary> summary;
    private final Function<EventQuery, List<CorroboratedEvent>> events;
    private final Duration interval;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "geowire-change-feed");
        t.setDaemon(true);
        return t;
    });

    private final Object pollLock = new Object();
    private ScheduledFuture<?> polling;
    private PipelineSummary last;
    private Set<String> seen = Set.of();

    public ChangeFeed(GeowireQueries queries, Duration interval) {
        this(queries::summary, queries::events, interval);
    }

    /** Over any source of the summary and of events (e.g. answers that also say whether they are stale). */
    public ChangeFeed(Supplier<PipelineSummary> summary, Function<EventQuery, List<CorroboratedEvent>> events,
            Duration interval) {
        this.summary = Objects.requireNonNull(summary);
        this.events = Objects.requireNonNull(events);
        this.interval = Objects.requireNonNull(interval);
    }

    /** Starts telling {@code listener} about changes (polling starts with the first listener); returns the undo. */
    public synchronized Runnable subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        if (polling == null) {
            polling = scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return () -> unsubscribe(listener);
    }

    private synchronized void unsubscribe(Consumer<Change> listener) {
        listeners.remove(listener);
        if (listeners.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
            // a listener that comes later starts from the state as it is then, not from a stale baseline
            synchronized (pollLock) {
                last = null;
            }
        }
    }

    public int listeners() {
        return listeners.size();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the state may be unavailable for a moment (a rebalance, a restoring store): the next poll tries again
        }
    }

    /** One look at the state; the first one only sets the baseline. Package-visible for tests. */
    void poll() {
        synchronized (pollLock) {
            pollOnce();
        }
    }

    private void pollOnce() {
        PipelineSummary now = summary.get();
        if (now.equals(last)) {
            return;
        }
        List<CorroboratedEvent> recent = events.apply(new EventQuery(null, null, null, RECENT_EVENTS));
        Set<String> ids = new HashSet<>();
        List<CorroboratedEvent> fresh = new ArrayList<>();
        for (CorroboratedEvent e : recent) {
            ids.add(e.id());
            if (last != null && !seen.contains(e.id())) {
                fresh.add(e);
            }
        }
        boolean first = last == null;
        last = now;
        seen = ids;
        if (!first) {
            Change change = new Change(now, List.copyOf(fresh));
            for (Consumer<Change> listener : listeners) {
                tell(listener, change);
            }
        }
    }

    /** A listener that fails (a client gone mid-send) must not keep the others from hearing of the change. */
    private static void tell(Consumer<Change> listener, Change change) {
        try {
            listener.accept(change);
        } catch (RuntimeException e) {
            // the listener's own business: it unsubscribes when its client is closed
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
