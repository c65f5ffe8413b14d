package io.geowire.benchmarks;

import io.geowire.model.AvroSerde;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.streams.GeowireTopology;
import io.geowire.streams.StoreKind;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole topology's processing of one event (every processor it passes: validation, pipeline counters, the
 * article-events store, corroboration, stance windows, route status, sanctions ledger), in a TopologyTestDriver
 * with in-memory stores: no broker, no RocksDB, one thread. Each call generates the next event of
 * {@link TopologyEvents} (and every fifth call its article), encodes it as the producer would and pipes it, so
 * the stores keep growing over a run as they do in a live pipeline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TopologyBench {

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestInputTopic<String, byte[]> events;
    private TopologyEvents generator;
    private AvroSerde<Article> articleSerde;
    private AvroSerde<Event> eventSerde;

    @Setup
    public void startTopology() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "geowire-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        TopologyOptions options = TopologyOptions.defaults().withStores(StoreKind.IN_MEMORY);
        Topics topics = options.topics();
        driver = new TopologyTestDriver(GeowireTopology.build(options), props,
                Instant.parse("2022-12-31T00:00:00Z"));
        articles = driver.createInputTopic(topics.articles(), new StringSerializer(), new ByteArraySerializer());
        events = driver.createInputTopic(topics.events(), new StringSerializer(), new ByteArraySerializer());
        generator = new TopologyEvents();
        articleSerde = Serdes.article();
        eventSerde = Serdes.event();
    }

    @TearDown
    public void stopTopology() {
        driver.close();
    }

    @Benchmark
    public void processEvent() {
        int i = generator.position();
        if (i % TopologyEvents.EVENTS_PER_ARTICLE == 0) {
            Article a = TopologyEvents.articleOf(i);
            articles.pipeInput(a.getId(), articleSerde.encode(a));
        }
        Event e = generator.nextEvent();
        events.pipeInput(e.getId(), eventSerde.encode(e));
    }

    /** Entries of one of the topology's stores, so a check can see the events arrived. */
    long entriesIn(String store) {
        KeyValueStore<String, Object> kv = driver.getKeyValueStore(store);
        long n = 0;
        try (KeyValueIterator<String, Object> it = kv.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    /** Stored events per article, the first store every valid event reaches. */
    long storedEvents() {
        return entriesIn(StoreNames.ARTICLE_EVENTS);
    }
}
