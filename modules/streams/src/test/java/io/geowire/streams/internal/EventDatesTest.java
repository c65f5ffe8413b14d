package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDatesTest {

    @Test
    void shouldSpanTheWholeMonthWhenOnlyYearAndMonthAreGiven() {
        assertThat(EventDates.start("2022-02")).isEqualTo(LocalDate.parse("2022-02-01"));
        assertThat(EventDates.end("2022-02")).isEqualTo(LocalDate.parse("2022-02-28"));
        assertThat(EventDates.isDay("2022-02")).isFalse();
    }

    @Test
    void shouldReturnNullWhenTheDateIsMissingOrUnreadable() {
        assertThat(EventDates.start(null)).isNull();
        assertThat(EventDates.start("2022-13-40")).isNull();
        assertThat(EventDates.start("spring 2022")).isNull();
        assertThat(EventDates.millis("x")).isEqualTo(-1L);
    }
}
