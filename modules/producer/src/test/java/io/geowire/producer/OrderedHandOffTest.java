package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

/**
 * The hand-off's guarantees, with latches rather than timing: results reach the sink in submission order from one
 * thread, whatever order the workers finish in; the first failure stops it and is rethrown as it was thrown.
 * (The latch waits are bounded only so that a broken hand-off fails the test instead of hanging it.)
 */
class OrderedHandOffTest {

    private final List<Integer> sent = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> sinkThreads = ConcurrentHashMap.newKeySet();

    @Test
    void shouldHandResultsToTheSinkInSubmissionOrderWhenAWorkerFinishesOutOfOrder() {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        try (OrderedHandOff<Integer, Integer> handOff = new OrderedHandOff<>(2, 4, "test", i -> {
            if (i == 0) {
                // the first item cannot finish before the second has: the sink must still get it first
                assertThat(await(secondDone)).as("second item finished while the first waited").isTrue();
            }
            finished.add(i);
            if (i == 1) {
                secondDone.countDown();
            }
            return i;
        }, this::record)) {
            IntStream.range(0, 6).forEach(handOff::submit);
            handOff.finish();
        }

        assertThat(finished.indexOf(1)).as("finish order %s", finished).isLessThan(finished.indexOf(0));
        assertThat(sent).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(sinkThreads).singleElement().satisfies(name -> assertThat(name).startsWith("test-sender-"));
    }

    @Test
    void shouldGiveTheSinkEveryItemOnceWhenManyMoreThanTheWindowAreSubmitted() {
        try (OrderedHandOff<Integer, Integer> handOff = new OrderedHandOff<>(3, 3, "test", i -> i * 10,
                this::record)) {
            IntStream.range(0, 500).forEach(handOff::submit);
            handOff.finish();
        }

        assertThat(sent).containsExactlyElementsOf(IntStream.range(0, 500).map(i -> i * 10).boxed().toList());
    }

    @Test
    void shouldStopAndRethrowTheSinkFailureWhenTheSinkThrows() {
        KafkaException broken = new KafkaException("commit failed");
        OrderedHandOff<Integer, Integer> handOff = new OrderedHandOff<>(2, 2, "test", i -> i, i -> {
            if (i == 3) {
                throw broken;
            }
            record(i);
        });

        assertThatThrownBy(() -> {
            IntStream.range(0, 100).forEach(handOff::submit);
            handOff.finish();
        }).isSameAs(broken);
        handOff.close();

        assertThat(sent).containsExactly(0, 1, 2);
    }

    @Test
    void shouldSendWhatCameBeforeAndRethrowTheStepFailureWhenAStepThrows() {
        IllegalStateException broken = new IllegalStateException("extractor broke");
        try (OrderedHandOff<Integer, Integer> handOff = new OrderedHandOff<>(2, 4, "test", i -> {
            if (i == 2) {
                throw broken;
            }
            return i;
        }, this::record)) {
            IntStream.range(0, 5).forEach(i -> submitIgnoringFailure(handOff, i));

            assertThatThrownBy(handOff::finish).isSameAs(broken);
        }

        assertThat(sent).containsExactly(0, 1);
    }

    @Test
    void shouldStillSendWhatWasSubmittedWhenClosedWithoutFinishing() {
        OrderedHandOff<Integer, Integer> handOff = new OrderedHandOff<>(2, 8, "test", i -> i, this::record);
        IntStream.range(0, 5).forEach(handOff::submit);

        // as when the submitting thread stops on an error of its own: what it had read is not lost
        handOff.close();

        assertThat(sent).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void shouldRefuseAnItemWhenSubmittedAfterFinish() {
        OrderedHandOff<Integer, Integer> handOff = new OrderedHandOff<>(1, 1, "test", i -> i, this::record);
        handOff.submit(1);
        handOff.finish();

        assertThatThrownBy(() -> handOff.submit(2)).isInstanceOf(IllegalStateException.class);
        handOff.close();
        assertThat(sent).containsExactly(1);
    }

    @Test
    void shouldRefuseAWindowSmallerThanTheWorkersWhenCreated() {
        assertThatThrownBy(() -> new OrderedHandOff<Integer, Integer>(4, 2, "test", i -> i, this::record))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderedHandOff<Integer, Integer>(0, 2, "test", i -> i, this::record))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void record(int i) {
        sinkThreads.add(Thread.currentThread().getName());
        sent.add(i);
    }

    private static void submitIgnoringFailure(OrderedHandOff<Integer, Integer> handOff, int i) {
        try {
            handOff.submit(i);
        } catch (IllegalStateException e) {
            // the step failure may already have stopped the hand-off; finish() rethrows it
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
