package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class StreamThreadTimesTest {

    private static final String THREAD = "app-1-StreamThread-1";

    private final Map<MetricName, Metric> metrics = new HashMap<>();

    @Test
    void shouldSumTheStreamThreadsCountersWhenTwoThreadsRun() {
        threadMetric(THREAD, "commit-total", 3);
        threadMetric("app-1-StreamThread-2", "commit-total", 4);
        threadMetric(THREAD, "process-total", 100);

        StreamThreadTimes times = StreamThreadTimes.of(metrics);

        assertThat(times.commits()).isEqualTo(7);
        assertThat(times.processed()).isEqualTo(100);
    }

    @Test
    void shouldCountOnlyTheStreamThreadsProducerWhenOtherProducersShareTheRegistry() {
        clientMetric("producer-metrics", THREAD + "-producer", "flush-time-ns-total", 2e9);
        clientMetric("producer-metrics", "geowire-bench-e2e-producer", "flush-time-ns-total", 5e9);
        clientMetric("producer-metrics", THREAD + "-producer", "txn-commit-time-ns-total", 1e9);
        clientMetric("producer-metrics", THREAD + "-producer", "txn-begin-time-ns-total", 0.5e9);

        StreamThreadTimes times = StreamThreadTimes.of(metrics);

        assertThat(times.flushNanos()).isEqualTo(2e9);
        assertThat(times.commitSeconds()).isEqualTo(3.5, within(1e-9));
    }

    @Test
    void shouldLeaveTheRestoreConsumerAndPerTopicFiguresOutWhenReadingTheMainConsumer() {
        clientMetric("consumer-metrics", THREAD + "-consumer", "io-wait-time-ns-total", 4e9);
        clientMetric("consumer-metrics", THREAD + "-restore-consumer", "io-wait-time-ns-total", 9e9);
        clientMetric("consumer-fetch-manager-metrics", THREAD + "-consumer", "records-consumed-total", 50);
        metrics.put(new MetricName("records-consumed-total", "consumer-fetch-manager-metrics", "",
                Map.of("client-id", THREAD + "-consumer", "topic", "events")), metric(30));

        StreamThreadTimes times = StreamThreadTimes.of(metrics);

        assertThat(times.consumerWaitNanos()).isEqualTo(4e9);
        assertThat(times.consumed()).isEqualTo(50);
    }

    @Test
    void shouldPutWhatNoCounterExplainsInTheRestWhenDescribingASpan() {
        StreamThreadTimes before = StreamThreadTimes.of(metrics);
        threadMetric(THREAD, "commit-total", 10);
        clientMetric("producer-metrics", THREAD + "-producer", "flush-time-ns-total", 3e9);
        clientMetric("consumer-metrics", THREAD + "-consumer", "io-wait-time-ns-total", 1e9);

        String line = StreamThreadTimes.of(metrics).minus(before).describe(10, 1, 2, 1.5);

        assertThat(line).contains("10 commits").contains("of 10.0 s of stream thread time: in commits 3.0 s")
                .contains("300 ms a commit").contains("waiting in the consumer 1.0 s").contains("on a core 2.0 s")
                .contains("waiting for a core 1.5 s, the rest 2.5 s");
    }

    @Test
    void shouldRememberTheLastCommitWhenTheCounterStopsMoving() {
        Metric counter = threadMetric(THREAD, "commit-total", 1);
        AtomicLong clock = new AtomicLong(100);
        LastCommit last = new LastCommit(metrics, clock::get);

        clock.set(200);
        ((MutableMetric) counter).value = 2;
        last.sample();
        clock.set(300);
        last.sample();

        assertThat(last.lastChange()).isEqualTo(200);
    }

    @Test
    void shouldReadTheRunQueueWaitWhenGivenASchedstatLine() {
        assertThat(RunQueueWait.waitedOf("4589160 57302745 3\n")).isEqualTo(57_302_745L);
        assertThat(RunQueueWait.commOf("geowire-bench-e2e-1234-StreamThread-1")).isEqualTo("geowire-bench-e");
    }

    private Metric threadMetric(String thread, String name, double value) {
        Metric m = metric(value);
        metrics.put(new MetricName(name, "stream-thread-metrics", "", Map.of("thread-id", thread)), m);
        return m;
    }

    private void clientMetric(String group, String clientId, String name, double value) {
        metrics.put(new MetricName(name, group, "", Map.of("client-id", clientId)), metric(value));
    }

    private static Metric metric(double value) {
        return new MutableMetric(value);
    }

    private static final class MutableMetric implements Metric {
        double value;

        MutableMetric(double value) {
            this.value = value;
        }

        @Override
        public MetricName metricName() {
            return null;
        }

        @Override
        public Object metricValue() {
            return value;
        }
    }
}
