package io.geowire.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Serving until Ctrl-C: the JVM waits for shutdown hooks only, so the hook itself closes what is running. */
final class Shutdown {

    private Shutdown() {
    }

    /**
     * Serves until the process is asked to stop (returns true once closed) or {@code failed} turns true, e.g.
     * when the Streams application died (returns false; the caller closes and exits non-zero rather than
     * serving stale answers forever).
     */
    static boolean serveUntilShutdown(AutoCloseable running, BooleanSupplier failed) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("geowire: error while stopping: " + e);
            } finally {
                closed.countDown();
            }
        }, "geowire-shutdown"));
        while (!closed.await(1, TimeUnit.SECONDS)) {
            if (failed.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }
}
