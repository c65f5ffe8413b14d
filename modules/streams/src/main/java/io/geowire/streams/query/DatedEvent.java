package io.geowire.streams.query;

/**
 * A corroborated event with the epoch day it is placed on, which orders events (newest first, then by id)
 * when the lists of several instances are merged; the event's {@code date} alone does not (month-only dates).
 */
public record DatedEvent(long day, CorroboratedEvent event) {
}
