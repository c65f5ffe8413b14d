package io.geowire.cli;

import java.util.concurrent.CountDownLatch;

/** Serving until Ctrl-C: the JVM waits for shutdown hooks only, so the hook itself closes what is running. */
final class Shutdown {

    private Shutdown() {
    }

    static void closeOnShutdown(AutoCloseable running) throws InterruptedException {
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
        closed.await();
    }
}
