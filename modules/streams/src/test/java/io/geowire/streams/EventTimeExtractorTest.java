package io.geowire.streams;

import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.Event;
import io.geowire.streams.internal.Decoded;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class EventTimeExtractorTest {

    private static final long RECORD_TIME = Instant.parse("2022-10-01T12:00:00Z").toEpochMilli();
    private final EventTimeExtractor extractor = new EventTimeExtractor();

    private long extract(Object value) {
        var record = new ConsumerRecord<Object, Object>("events", 0, 0L, RECORD_TIME, TimestampType.CREATE_TIME,
                0, 0, "k", value, new RecordHeaders(), java.util.Optional.empty());
        return extractor.extract(record, 0L);
    }

    @Test
    void shouldUseTheEventDateWhenPresent() {
        Event e = stance("e", "a", "KAZ", "RUS", "neutral", "2022-03-29", "2022-07-13", "x", 0.5, false);
        assertThat(extract(e)).isEqualTo(Instant.parse("2022-03-29T00:00:00Z").toEpochMilli());
    }

    @Test
    void shouldUseTheFirstOfTheMonthWhenOnlyAMonthIsGiven() {
        Event e = stance("e", "a", "KAZ", "RUS", "neutral", "2022-05", null, "x", 0.5, false);
        assertThat(extract(Decoded.ok(e, null))).isEqualTo(Instant.parse("2022-05-01T00:00:00Z").toEpochMilli());
    }

    @Test
    void shouldFallBackToPublicationThenRecordTimeWhenUndated() {
        Event published = stance("e", "a", "KAZ", "RUS", "neutral", null, "2022-07-13", "x", 0.5, false);
        Event neither = stance("e", "a", "KAZ", "RUS", "neutral", null, null, "x", 0.5, false);
        assertThat(extract(published)).isEqualTo(Instant.parse("2022-07-13T00:00:00Z").toEpochMilli());
        assertThat(extract(neither)).isEqualTo(RECORD_TIME);
        assertThat(extract(Decoded.poison(new byte[] {1}, "bad"))).isEqualTo(RECORD_TIME);
    }
}
