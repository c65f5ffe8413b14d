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

    private static final long NOW = Instant.parse("2022-12-01T00:00:00Z").toEpochMilli();
    private final EventTimeExtractor extractor = new EventTimeExtractor(() -> NOW);

    private long extract(Object value) {
        return extract(value, RECORD_TIME);
    }

    private long extract(Object value, long recordTime) {
        var record = new ConsumerRecord<Object, Object>("events", 0, 0L, recordTime, TimestampType.CREATE_TIME,
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

    @Test
    void shouldNeverPlaceAnEventAfterItWasReportedWhenItsDateLiesInTheFuture() {
        Event future = stance("e", "a", "KAZ", "RUS", "neutral", "2030-08-18", "2022-07-13", "x", 0.5, false);
        assertThat(extract(future)).isEqualTo(RECORD_TIME);
        assertThat(future.getPayload().toString()).contains("2030-08-18");
    }

    @Test
    void shouldNeverReturnATimeAfterTheWallClockWhenTheRecordTimestampRunsAhead() {
        long ahead = Instant.parse("2031-01-01T00:00:00Z").toEpochMilli();
        Event future = stance("e", "a", "KAZ", "RUS", "neutral", "2030-08-18", null, "x", 0.5, false);
        Event undated = stance("e", "a", "KAZ", "RUS", "neutral", null, null, "x", 0.5, false);
        assertThat(extract(future, ahead)).isEqualTo(NOW);
        assertThat(extract(undated, ahead)).isEqualTo(NOW);
        assertThat(extract(undated, -1L)).isEqualTo(NOW);
    }
}
