package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;

class SettlingTest {

    /** Far longer than any assertion below waits: a result before it proves nobody waited the timeout out. */
    private static final Duration LONG = Duration.ofMinutes(10);
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    /** A stand-in for the pipeline: lag and balance answers, and a stop the test can trigger. */
    private static class FakeSource implements Settling.Source {

        private final BooleanSupplier caughtUp;
        private final BooleanSupplier balanced;
        private LongSupplier progress = () -> 0L;
        private volatile Consumer<String> listener;
        private volatile String stoppedBefore;

        FakeSource(BooleanSupplier caughtUp, boolean balanced) {
            this(caughtUp, () -> balanced);
        }

        FakeSource(BooleanSupplier caughtUp, BooleanSupplier balanced) {
            this.caughtUp = caughtUp;
            this.balanced = balanced;
        }

        @Override
        public boolean caughtUp() {
            return caughtUp.getAsBoolean();
        }

        @Override
        public boolean balanced() {
            return balanced.getAsBoolean();
        }

        @Override
        public long progress() {
            return progress.getAsLong();
        }

        @Override
        public void onUnexpectedStop(Consumer<String> l) {
            if (stoppedBefore != null) {
                l.accept(stoppedBefore);
            } else {
                listener = l;
            }
        }

        void stopLater(String cause, long afterMillis) {
            Thread t = new Thread(() -> {
                sleep(afterMillis);
                listener.accept(cause);
            });
            t.setDaemon(true);
            t.start();
        }
    }

    @Test
    void shouldKeepWaitingPastTheTimeoutWhileTheApplicationMakesProgress() {
        Duration timeout = Settling.MAX_POLL.plusSeconds(1);
        long caughtUpAt = System.nanoTime() + timeout.multipliedBy(2).toNanos();
        FakeSource source = new FakeSource(() -> System.nanoTime() > caughtUpAt, true);
        AtomicInteger committed = new AtomicInteger();
        source.progress = committed::incrementAndGet; // every lag check finds more committed

        Settling.Outcome outcome = assertTimeoutPreemptively(timeout.multipliedBy(4), () -> Settling.await(source, timeout));

        assertThat(outcome).isEqualTo(Settling.Outcome.SETTLED);
    }

    @Test
    void shouldGiveUpWhenTheApplicationMakesNoProgressForTheTimeout() {
        FakeSource source = new FakeSource(() -> false, false);
        source.progress = () -> 42L;

        Settling.Outcome outcome = assertTimeoutPreemptively(PROMPTLY,
                () -> Settling.await(source, Duration.ofSeconds(1)));

        assertThat(outcome).isEqualTo(Settling.Outcome.TIMED_OUT);
    }

    @Test
    void shouldGiveUpWithTheCauseWhenTheApplicationStopsWhileWaiting() {
        FakeSource source = new FakeSource(() -> false, false);
        source.stopLater("the Streams application stopped (ERROR): InvalidTimestampException: out of range", 300);

        Settling.Outcome outcome = assertTimeoutPreemptively(PROMPTLY, () -> Settling.await(source, LONG));

        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.failure()).contains("ERROR").contains("InvalidTimestampException");
    }

    @Test
    void shouldGiveUpAtOnceWhenTheApplicationHadStoppedBeforeTheWait() {
        FakeSource source = new FakeSource(() -> false, false);
        source.stoppedBefore = "the Streams application stopped (ERROR)";

        Settling.Outcome outcome = assertTimeoutPreemptively(PROMPTLY, () -> Settling.await(source, LONG));

        assertThat(outcome.failed()).isTrue();
    }

    @Test
    void shouldGiveUpWhenTheApplicationStopsWhileALagCheckHangs() {
        CountDownLatch never = new CountDownLatch(1);
        FakeSource source = new FakeSource(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }, false);
        source.stopLater("the Streams application stopped (PENDING_SHUTDOWN)", 300);

        Settling.Outcome outcome = assertTimeoutPreemptively(PROMPTLY, () -> Settling.await(source, LONG));

        assertThat(outcome.failure()).contains("PENDING_SHUTDOWN");
    }

    @Test
    void shouldCloseTheSourceUninterruptedWhenItSettles() {
        AtomicInteger interruptedCloses = new AtomicInteger();
        CountDownLatch closed = new CountDownLatch(1);
        FakeSource source = new FakeSource(() -> true, true) {
            @Override
            public void close() {
                // a probe consumer's close takes a moment; an interrupt meanwhile breaks it off with an error
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    interruptedCloses.incrementAndGet();
                } finally {
                    closed.countDown();
                }
            }
        };

        Settling.Outcome outcome = assertTimeoutPreemptively(PROMPTLY, () -> Settling.await(source, LONG));

        assertThat(outcome).isEqualTo(Settling.Outcome.SETTLED);
        assertTimeoutPreemptively(PROMPTLY, () -> closed.await());
        assertThat(interruptedCloses.get()).isZero();
    }

    @Test
    void shouldSettleWhenCaughtUpTwiceInARowAndBalanced() {
        AtomicInteger checks = new AtomicInteger();
        FakeSource source = new FakeSource(() -> checks.incrementAndGet() != 2, true);

        Settling.Outcome outcome = assertTimeoutPreemptively(PROMPTLY, () -> Settling.await(source, LONG));

        assertThat(outcome).isEqualTo(Settling.Outcome.SETTLED);
        assertThat(checks.get()).isEqualTo(4);
    }

    @Test
    void shouldSettleWhenTheStoresAreNotQueryableForAWhileDuringARebalance() {
        AtomicInteger queries = new AtomicInteger();
        // as LocalPipeline asks: a rebalance that outlasts a query's retries throws, and must not end the wait
        FakeSource source = new FakeSource(() -> true, () -> Settling.balancedWhenQueryable(() -> {
            if (queries.incrementAndGet() <= 3) {
                throw new InvalidStateStoreException("the stream thread is PARTITIONS_ASSIGNED, not RUNNING");
            }
            return true;
        }));

        Settling.Outcome outcome = assertTimeoutPreemptively(PROMPTLY, () -> Settling.await(source, LONG));

        assertThat(outcome).isEqualTo(Settling.Outcome.SETTLED);
        assertThat(queries.get()).isEqualTo(4);
    }

    @Test
    void shouldTimeOutWithoutACauseWhenNeverCaughtUp() throws InterruptedException {
        FakeSource source = new FakeSource(() -> false, true);

        Settling.Outcome outcome = Settling.await(source, Duration.ofMillis(600));

        assertThat(outcome).isEqualTo(Settling.Outcome.TIMED_OUT);
    }

    @Test
    void shouldCheckLessOftenWhileBehindAndPromptlyOnceCaughtUp() {
        Duration longWait = Duration.ofMinutes(10);
        Duration pause = Duration.ofMillis(250);
        pause = Settling.nextPause(pause, false, longWait);
        assertThat(pause).isEqualTo(Duration.ofMillis(500));
        for (int i = 0; i < 10; i++) {
            pause = Settling.nextPause(pause, false, longWait);
        }
        assertThat(pause).isEqualTo(Settling.MAX_POLL);

        assertThat(Settling.nextPause(pause, true, longWait)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void shouldPauseAtMostATenthOfTheWaitWhenStreamsHasBeenBehindForSeconds() {
        assertThat(Settling.nextPause(Settling.MAX_POLL, false, Duration.ofSeconds(5)))
                .isEqualTo(Duration.ofMillis(500));
        assertThat(Settling.nextPause(Settling.MAX_POLL, false, Duration.ofMillis(800)))
                .isEqualTo(Duration.ofMillis(250));
        assertThat(Settling.nextPause(Duration.ofMillis(250), false, Duration.ofSeconds(8)))
                .isEqualTo(Duration.ofMillis(500));
        assertThat(Settling.nextPause(Settling.MAX_POLL, false, Duration.ofSeconds(60))).isEqualTo(Settling.MAX_POLL);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
