package io.geowire.streams.support;

import io.geowire.model.AvroSerde;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.RouteState;
import io.geowire.streams.GeowireTopology;
import io.geowire.streams.StoreKind;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.query.LocalStoreQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The whole topology in a TopologyTestDriver with in-memory stores, and typed access to its topics. */
public final class Driver implements AutoCloseable {

    public static final Instant PRODUCED_AT = Instant.parse("2022-10-01T00:00:00Z");

    private static final io.geowire.model.AvroSerde<Article> ARTICLE = Serdes.article();
    private static final io.geowire.model.AvroSerde<Event> EVENT = Serdes.event();
    private static final io.geowire.model.AvroSerde<DeadLetter> DEAD_LETTER = Serdes.deadLetter();

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> articles;
    private final TestInputTopic<String, byte[]> events;
    private final TestInputTopic<String, byte[]> deadLetters;
    public final TestOutputTopic<String, PairStance> stanceIndex;
    public final TestOutputTopic<String, RouteState> routeStatus;
    public final TestOutputTopic<String, ActorSanctions> sanctionsLedger;
    public final TestOutputTopic<String, DeadLetter> deadLetterOutput;
    private final TestOutputTopic<byte[], byte[]> repartition;

    public Driver() {
        this(TopologyOptions.defaults());
    }

    public Driver(TopologyOptions options) {
        TopologyOptions inMemory = options.withStores(StoreKind.IN_MEMORY);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "geowire-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(GeowireTopology.build(inMemory), props, PRODUCED_AT);
        Topics t = inMemory.topics();
        var keys = new StringSerializer();
        var bytes = new ByteArraySerializer();
        articles = driver.createInputTopic(t.articles(), keys, bytes, PRODUCED_AT, Duration.ofSeconds(1));
        events = driver.createInputTopic(t.events(), keys, bytes, PRODUCED_AT, Duration.ofSeconds(1));
        deadLetters = driver.createInputTopic(t.deadLetters(), keys, bytes, PRODUCED_AT, Duration.ofSeconds(1));
        var strings = new StringDeserializer();
        stanceIndex = driver.createOutputTopic(t.stanceIndex(), strings, AvroSerde.of(PairStance.class).deserializer());
        routeStatus = driver.createOutputTopic(t.routeStatus(), strings, AvroSerde.of(RouteState.class).deserializer());
        sanctionsLedger = driver.createOutputTopic(t.sanctionsLedger(), strings,
                AvroSerde.of(ActorSanctions.class).deserializer());
        deadLetterOutput = driver.createOutputTopic(t.deadLetters(), strings, Serdes.deadLetter().deserializer());
        var raw = new ByteArrayDeserializer();
        repartition = driver.createOutputTopic("geowire-test-" + StoreNames.EVENTS_BY_ENTITY + "-repartition", raw, raw);
    }

    public void article(Article a) {
        articles.pipeInput(a.getId(), ARTICLE.encode(a));
    }

    public void event(Event e) {
        events.pipeInput(e.getId(), EVENT.encode(e));
    }

    public void events(Event... es) {
        for (Event e : es) {
            event(e);
        }
    }

    public void rawEvent(String key, byte[] value) {
        events.pipeInput(key, value);
    }

    public void rawArticle(String key, byte[] value) {
        articles.pipeInput(key, value);
    }

    public void deadLetter(DeadLetter d) {
        deadLetters.pipeInput(d.getSource(), DEAD_LETTER.encode(d));
    }

    /** Record timestamps written to the internal repartition topic so far (and not read before). */
    public java.util.List<Long> repartitionTimestamps() {
        return repartition.readRecordsToList().stream().map(r -> r.getRecordTime().toEpochMilli()).toList();
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    public LocalStoreQueries queries() {
        return new LocalStoreQueries(driver::getKeyValueStore, Duration.ZERO);
    }

    @Override
    public void close() {
        driver.close();
    }
}
