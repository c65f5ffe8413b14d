package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

    /** The chain Kafka 4.2 gave when the broker stayed down longer than the delivery timeout (FaultToleranceIT). */
    private static StreamsException abortableProducerState() {
        return new StreamsException("Error encountered trying to send record to topic app-changelog",
                new KafkaException("Cannot execute transactional method because we are in an error state",
                        new KafkaException("The client hasn't received acknowledgment for some previously sent"
                                + " messages and can no longer retry them. It is safe to abort the transaction")));
    }

    @Test
    void shouldReplaceTheThreadWhenItsProducerIsLeftAbortableByATimeout() {
        assertThat(new ThreadFailurePolicy().respond(abortableProducerState())).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void shouldReplaceTheThreadWhenTheChainNamesARetriableError() {
        StreamsException failure = new StreamsException("send failed", new TimeoutException("batch expired"));

        assertThat(new ThreadFailurePolicy().respond(failure)).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void shouldStopWhenTheBrokerRefusesARecordForGood() {
        StreamsException failure = new StreamsException("send failed", new RecordTooLargeException("too large"));

        assertThat(new ThreadFailurePolicy().respond(failure)).isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void shouldStopWhenOurOwnCodeFailed() {
        StreamsException failure = new StreamsException("punctuation failed", new NullPointerException("route"));

        assertThat(new ThreadFailurePolicy().respond(failure)).isEqualTo(SHUTDOWN_CLIENT);
        assertThat(new ThreadFailurePolicy().respond(new OutOfMemoryError())).isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void shouldStopWhenPassingFailuresKeepComingBackWithinTheWindow() {
        AtomicLong now = new AtomicLong();
        ThreadFailurePolicy policy = new ThreadFailurePolicy(now::get);

        for (int i = 0; i < ThreadFailurePolicy.MAX_REPLACEMENTS; i++) {
            assertThat(policy.respond(abortableProducerState())).isEqualTo(REPLACE_THREAD);
            now.addAndGet(1_000_000_000L);
        }

        assertThat(policy.respond(abortableProducerState())).isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void shouldReplaceAgainOnceEarlierFailuresLeftTheWindow() {
        AtomicLong now = new AtomicLong();
        ThreadFailurePolicy policy = new ThreadFailurePolicy(now::get);
        for (int i = 0; i < ThreadFailurePolicy.MAX_REPLACEMENTS; i++) {
            policy.respond(abortableProducerState());
        }

        now.addAndGet(ThreadFailurePolicy.WINDOW.toNanos() + 1);

        assertThat(policy.respond(abortableProducerState())).isEqualTo(REPLACE_THREAD);
    }
}
