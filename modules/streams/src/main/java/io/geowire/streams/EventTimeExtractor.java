package io.geowire.streams;

import io.geowire.model.EventFields;
import io.geowire.model.avro.Event;
import io.geowire.streams.internal.Decoded;
import io.geowire.streams.internal.EventDates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time for the events topic: the event's own date ("YYYY-MM-DD", or "YYYY-MM" as the first of the
 * month), else the article's publication date, else the record's timestamp (when it was produced), else
 * the partition's stream time. Windows then follow when things happened, not when they were reported.
 */
public final class EventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        Event event = eventOf(record.value());
        if (event != null) {
            long millis = millisOf(event);
            if (millis >= 0) {
                return millis;
            }
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0L);
    }

    /** The event's date, else its publication date, in epoch millis; -1 when neither is readable. */
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
