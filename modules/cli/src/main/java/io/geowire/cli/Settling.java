package io.geowire.cli;

import io.geowire.producer.ProduceSummary;
import java.time.Duration;

/**
 * Decides when the state has settled after a corpus was produced: the Streams group has processed every
 * committed input record (lag 0, checked twice in a row because a repartition hop can hide work for a
 * moment) and the stores account for every input and event the producer sent.
 */
final class Settling {

    private static final Duration POLL = Duration.ofMillis(250);

    private Settling() {
    }

    static boolean await(LocalPipeline pipeline, ProduceSummary produced, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int caughtUpInARow = 0;
        while (System.nanoTime() < deadline) {
            if (pipeline.streams().isCaughtUp(pipeline.admin())) {
                caughtUpInARow++;
                if (caughtUpInARow >= 2 && (RunSummary.balanced(pipeline.streams().queries().summary(), produced)
                        || caughtUpInARow >= 8)) {
                    // state from an earlier run on the same cluster can make counts differ; lag 0 is then enough
                    return true;
                }
            } else {
                caughtUpInARow = 0;
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }
}
