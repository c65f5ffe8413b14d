package io.geowire.streams.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A corroborated event with the epoch day it is placed on, which orders events (newest first, then by id)
 * when the lists of several instances are merged; the event's {@code date} alone does not (month-only dates).
 */
public record DatedEvent(long day, CorroboratedEvent event) {

    /** The order of GET /api/events: newest placement day first, then by event id. */
    public static final Comparator<DatedEvent> ORDER = Comparator.comparingLong(DatedEvent::day).reversed()
            .thenComparing(d -> d.event().id());

    /**
     * The newest {@code limit} events of all parts. Each part may be cut to its own newest {@code limit}: the
     * newest {@code limit} overall are among them.
     */
    public static List<CorroboratedEvent> newest(Collection<? extends Collection<DatedEvent>> parts, int limit) {
        return Merging.concatSorted(parts, ORDER).stream().limit(limit).map(DatedEvent::event).toList();
    }
}
