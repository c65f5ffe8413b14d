package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void shouldTellStreamThreadsFromTheirProducersAndTheBrokerWhenGroupingByName() {
        assertThat(ThreadCpu.kindOf("geowire-bench-rebuild-16abd394-9dca-4112-ab21-62a86d6cbac1-StreamThread-1"))
                .isEqualTo("stream threads");
        assertThat(ThreadCpu.kindOf("kafka-producer-network-thread | geowire-bench-rebuild-16abd394-9dca-4112-ab21-"
                + "62a86d6cbac1-StreamThread-1-producer")).isEqualTo("their producers' network threads");
        assertThat(ThreadCpu.kindOf("data-plane-kafka-request-handler-3")).isEqualTo("broker");
        assertThat(ThreadCpu.kindOf("kafka-1-raft-io-thread")).isEqualTo("broker");
        assertThat(ThreadCpu.kindOf("TxnMarkerSenderThread-1")).isEqualTo("broker");
        assertThat(ThreadCpu.kindOf("kafka-producer-network-thread | producer-geowire-bench-rebuild-producer"))
                .isEqualTo("other Java threads");
        assertThat(ThreadCpu.kindOf("main")).isEqualTo("other Java threads");
    }

    @Test
    void shouldCountThisThreadsWorkWhenItRanWithinTheSpan() {
        ThreadCpu cpu = ThreadCpu.start();
        long x = 0;
        // spin until this thread has had 100 ms of CPU, however long a loaded machine takes to give it
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = mx.getCurrentThreadCpuTime() + 100_000_000L;
        while (mx.getCurrentThreadCpuTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        Map<String, Double> byKind = cpu.secondsByKind();

        assertThat(byKind.get("other Java threads")).as("spun %d", x).isGreaterThanOrEqualTo(0.09);
        assertThat(byKind).containsKeys("stream threads", "broker", "the rest (ended threads)");
    }

    @Test
    void shouldTellTheJvmsOwnThreadsAndReadTheirTicksWhenGivenLinuxThreadNames() {
        assertThat(ThreadCpu.jvmKindOf("C2 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(ThreadCpu.jvmKindOf("C1 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(ThreadCpu.jvmKindOf("GC Thread#1")).isEqualTo("GC and VM thread");
        assertThat(ThreadCpu.jvmKindOf("G1 Conc#0")).isEqualTo("GC and VM thread");
        assertThat(ThreadCpu.jvmKindOf("java")).isNull();
        // a command name may hold spaces and parentheses: fields are counted after the last ')'
        assertThat(ThreadCpu.ticksOf("4242 (C2 (Compiler)) S 1 2 3 4 5 6 7 8 9 10 1500 250 0 0 20 0")).isEqualTo(1750);
    }

    @Test
    void shouldTellTheProducingPathsThreadsApartWhenAskedForThem() {
        assertThat(ThreadCpu.producingPathKindOf("main")).isEqualTo("ingesting thread (main)");
        assertThat(ThreadCpu.producingPathKindOf("geowire-extract-worker-2")).isEqualTo("extraction workers");
        assertThat(ThreadCpu.producingPathKindOf("geowire-extract-sender-1"))
                .isEqualTo("producing thread and its commit timer");
        assertThat(ThreadCpu.producingPathKindOf("geowire-transaction-timer"))
                .isEqualTo("producing thread and its commit timer");
        assertThat(ThreadCpu.producingPathKindOf("kafka-producer-network-thread | producer-geowire-bench-e2e"))
                .isEqualTo("our producer's network thread");
        // Streams' own producers and the broker keep their kinds
        assertThat(ThreadCpu.producingPathKindOf("kafka-producer-network-thread | geowire-bench-e2e-16abd394-"
                + "StreamThread-1-producer")).isEqualTo("their producers' network threads");
        assertThat(ThreadCpu.producingPathKindOf("data-plane-kafka-request-handler-0")).isEqualTo("broker");
        assertThat(ThreadCpu.kindOf("main")).isEqualTo("other Java threads");
    }

    @Test
    void shouldCountAThreadThatEndedWithinTheSpanWhenItWasSampledBeforeItEnded() throws InterruptedException {
        ThreadCpu cpu = ThreadCpu.startWithProducingPath();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.CountDownLatch spun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch sampled = new java.util.concurrent.CountDownLatch(1);
        Thread worker = new Thread(() -> {
            long until = mx.getCurrentThreadCpuTime() + 100_000_000L;
            long x = 0;
            while (mx.getCurrentThreadCpuTime() < until) {
                x += Long.numberOfTrailingZeros(x + System.nanoTime());
            }
            spun.countDown();
            try {
                sampled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "geowire-extract-worker-1");
        worker.start();
        spun.await();
        cpu.sample();
        sampled.countDown();
        worker.join();

        Map<String, Double> byKind = cpu.secondsByKind();

        assertThat(byKind.get("extraction workers")).isGreaterThanOrEqualTo(0.09);
    }
}
