package io.geowire.cli;

import io.geowire.streams.StoreNames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The Streams side's share of {@code /metrics}, under geowire's own names: consumer lag per input topic, entries
 * per state store, and how long a record takes from being produced to being queryable. Each is read from the
 * running client when scraped (nothing is recorded per record), and covers this instance's tasks only: Prometheus
 * adds the instances up.
 */
final class StreamsPipelineMetrics implements MeterBinder {

    static final String LAG = "geowire.consumer.lag";
    static final String STORE_ENTRIES = "geowire.state.store.entries";
    static final String QUERYABLE_MAX = "geowire.produce.to.queryable.max";
    static final String QUERYABLE_AVG = "geowire.produce.to.queryable.avg";
    /**
     * The processor that puts an article into the articles-by-id store, from where the API answers: once a record
     * has passed it, it is queryable. Streams measures the end-to-end latency of each record at such a terminal
     * node: the wall clock minus the record's timestamp, which the producer stamps when it sends. (Events would
     * not do: their record time is the event's own date, see EventTimeExtractor.)
     */
    static final String QUERYABLE_NODE = "archive-articles";

    private final KafkaStreams streams;
    private final Set<String> inputTopics;

    StreamsPipelineMetrics(KafkaStreams streams, Set<String> inputTopics) {
        this.streams = streams;
        this.inputTopics = Set.copyOf(inputTopics);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String topic : inputTopics) {
            Gauge.builder(LAG, () -> lag(topic))
                    .description("Records on an input topic not yet read by this instance, summed over its partitions")
                    .tag("topic", topic)
                    .baseUnit("records")
                    .register(registry);
        }
        for (String store : StoreNames.ALL) {
            Gauge.builder(STORE_ENTRIES, () -> entries(store))
                    .description("Approximate number of entries in a state store, over this instance's partitions")
                    .tag("store", store)
                    .register(registry);
        }
        Gauge.builder(QUERYABLE_MAX, () -> queryableLatencyMillis("record-e2e-latency-max") / 1000.0)
                .description("Longest time from produce to queryable in the state stores, over the last sample window")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder(QUERYABLE_AVG, () -> queryableLatencyMillis("record-e2e-latency-avg") / 1000.0)
                .description("Average time from produce to queryable in the state stores, over the last sample window")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Sum of the main consumers' per-partition lag on the topic; the restore consumer reads changelogs, not inputs. */
    double lag(String topic) {
        return sum(name -> "consumer-fetch-manager-metrics".equals(name.group())
                && "records-lag".equals(name.name())
                && topic.equals(name.tags().get("topic"))
                && name.tags().containsKey("partition")
                && isMainConsumer(name.tags().get("client-id")));
    }

    private static boolean isMainConsumer(String clientId) {
        return clientId != null && clientId.endsWith("-consumer") && !clientId.endsWith("-restore-consumer");
    }

    /** Over this instance's tasks: the worst maximum, the mean of the averages; NaN before any record passed. */
    double queryableLatencyMillis(String metric) {
        double worst = Double.NaN;
        double total = 0;
        int tasks = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (!metric.equals(name.name()) || !QUERYABLE_NODE.equals(name.tags().get("processor-node-id"))) {
                continue;
            }
            double value = number(e.getValue());
            if (Double.isNaN(value)) {
                continue;
            }
            worst = Double.isNaN(worst) ? value : Math.max(worst, value);
            total += value;
            tasks++;
        }
        if (tasks == 0) {
            return Double.NaN;
        }
        return metric.endsWith("-max") ? worst : total / tasks;
    }

    private double sum(Predicate<MetricName> which) {
        double total = 0;
        boolean any = false;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            if (which.test(e.getKey())) {
                double value = number(e.getValue());
                if (!Double.isNaN(value)) {
                    total += value;
                    any = true;
                }
            }
        }
        return any ? total : Double.NaN;
    }

    private static double number(Metric metric) {
        return metric.metricValue() instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** NaN while the store cannot be read (the instance is rebalancing or restoring). */
    private double entries(String store) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return Double.NaN;
        }
        try {
            ReadOnlyKeyValueStore<Object, Object> kv = streams.store(
                    StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore()));
            return kv.approximateNumEntries();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
