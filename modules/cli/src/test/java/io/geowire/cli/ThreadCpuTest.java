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
        long until = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        Map<String, Double> byKind = cpu.secondsByKind();

        assertThat(byKind.get("other Java threads")).as("spun %d", x).isGreaterThan(0.05);
        assertThat(byKind).containsKeys("stream threads", "broker", "JIT, GC and ended threads");
    }
}
