package io.geowire.streams;

import io.geowire.model.EventFields;
import io.geowire.model.avro.Event;
import io.geowire.streams.internal.Decoded;
import io.geowire.streams.internal.EventDates;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Record time for the events topic: the event's own date ("YYYY-MM-DD", or "YYYY-MM" as the first of the month),
 * else the article's publication date, but never later than when the event was reported, i.e. the record's own
 * timestamp (its production time, which the broker has already accepted), and never later than this machine's
 * clock. Streams writes this time on everything it derives from the event (repartition, changelogs, outputs), and
 * a broker rejects a record more than {@code log.message.timestamp.after.max.ms} (1 hour by default since Kafka 4)
 * in the future: a wrongly extracted date such as 2030-08-18 would otherwise make every write fail and stop the
 * application. Bounding by the reported time rather than by the wall clock alone keeps the result the same on
 * every replay of the same records. The event's date itself stays as extracted in the payload, and the stance
 * windows and corroboration work on that date, not on the record time (see docs/topology.md, "Event time").
 */
public final class EventTimeExtractor implements TimestampExtractor {

    private final LongSupplier wallClock;

    public EventTimeExtractor() {
        this(System::currentTimeMillis);
    }

    /** With {@code wallClock} standing in for this machine's clock (tests). */
    public EventTimeExtractor(LongSupplier wallClock) {
        this.wallClock = wallClock;
    }

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        long reported = reportedTime(record.timestamp());
        Event event = eventOf(record.value());
        long eventTime = event == null ? -1L : millisOf(event);
        return eventTime >= 0 ? Math.min(eventTime, reported) : reported;
    }

    /** When the record was written (capped at now: a foreign producer's clock may run ahead), else now. */
    private long reportedTime(long recordTimestamp) {
        long now = wallClock.getAsLong();
        return recordTimestamp >= 0 ? Math.min(recordTimestamp, now) : now;
    }

    /** The event's date, else its publication date, in epoch millis; -1 when neither is readable (or before 1970). */
    public static long millisOf(Event event) {
        EventFields fields = EventFields.of(event);
        long date = EventDates.millis(fields.date());
        return date >= 0 ? date : EventDates.millis(fields.published());
    }

    private static Event eventOf(Object value) {
        if (value instanceof Event e) {
            return e;
        }
        if (value instanceof Decoded<?> d && d.value() instanceof Event e) {
            return e;
        }
        return null;
    }
}
