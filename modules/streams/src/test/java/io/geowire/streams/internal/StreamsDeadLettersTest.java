package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.DeadLetter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class StreamsDeadLettersTest {

    @Test
    void shouldNameEveryCauseOnceWhenWrappersRepeatTheirMessage() {
        var root = new InvalidTimestampException("timestamp out of range");
        var wrapped = new StreamsException(new StreamsException("send failed\nhandler chose FAIL\n", root));

        String reason = StreamsDeadLetters.reason("stopped", wrapped);

        assertThat(reason).startsWith("stopped: StreamsException")
                .contains("StreamsException: send failed handler chose FAIL <- InvalidTimestampException: "
                        + "timestamp out of range")
                .doesNotContain("\n");
        assertThat(reason.split("timestamp out of range", -1)).hasSize(2);
    }

    @Test
    void shouldKeyTheRecordBySourceAndStampItNowWhenBuildingTheHandlerRecord() {
        byte[] bytes = "bad\u0001bytes".getBytes(StandardCharsets.UTF_8);
        DeadLetter letter = StreamsDeadLetters.letter(StreamsDeadLetters.source("events", 2, 41L),
                StreamsDeadLetters.STAGE_PROCESS, "x".repeat(5_000), bytes, 1_000L);

        var record = StreamsDeadLetters.record("dead-letters", letter);

        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("events-2@41");
        assertThat(record.timestamp()).isEqualTo(1_000L);
        assertThat(letter.getExcerpt()).isEqualTo("bad?bytes");
        assertThat(letter.getReason()).hasSizeLessThan(1_100);
    }
}
