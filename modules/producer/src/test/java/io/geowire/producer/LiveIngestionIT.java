package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.Ingestor;
import io.geowire.ingest.live.FeedSource;
import io.geowire.ingest.live.FetchPolicy;
import io.geowire.ingest.live.HttpFetcher;
import io.geowire.ingest.live.LiveSource;
import io.geowire.ingest.live.SourceState;
import io.geowire.ingest.live.WatchedFolder;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live sources through to Kafka on the real broker: a watched folder with files written in pieces and a feed served
 * by a local HTTP server whose answers change while the test runs; then a restart, after a transaction left open as
 * a killed process would leave it, that neither repeats nor loses an item.
 */
@KafkaIT
class LiveIngestionIT {

    private static final String BODY = "A regional court ordered the Caspian Pipeline Consortium to suspend loadings "
            + "at its terminal for 30 days, a decision that cuts most of Kazakhstan's crude exports. Kazakhstan will "
            + "not recognise the breakaway Donetsk People's Republic, the foreign ministry said on Friday.";
    private static final String OTHER = "Hungary and Slovakia said oil deliveries through the Druzhba pipeline "
            + "stopped on Tuesday after Ukraine widened its sanctions on Lukoil, and both governments asked the "
            + "European Commission to step in so that supplies to their refineries could resume within days.";
    private static final String WIRE = "Turkey blocked the transit of sanctioned goods through its ports on "
            + "Wednesday, its trade ministry announced, while insisting that the country would not join the "
            + "Western sanctions against Russia and would keep its airspace open to Russian airlines.";
    private static final String FIFTH = "Armenia froze its participation in the Collective Security Treaty "
            + "Organization, the prime minister told parliament, saying the alliance had failed to protect the "
            + "country and that Yerevan would look for partners elsewhere in the years ahead.";
    private static final String THIRD = "Georgia and Azerbaijan signed an agreement to raise cargo volumes on the "
            + "Baku-Tbilisi-Kars railway, part of the Middle Corridor that carries goods from China to Europe "
            + "without crossing Russia, and officials expect the route to double its freight by next year.";

    private HttpServer server;
    private final Map<String, String[]> pages = new ConcurrentHashMap<>(); // path -> {status, content type, body}

    @TempDir
    Path tmp;

    @BeforeEach
    void startSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String[] page = pages.getOrDefault(ex.getRequestURI().getPath(), new String[] {"404", "text/plain", "no"});
            byte[] bytes = page[2].getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", page[1]);
            ex.sendResponseHeaders(Integer.parseInt(page[0]), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stopSite() {
        server.stop(0);
    }

    @Test
    void shouldProduceEachItemOnceWhenSourcesRunAndRestartAfterAnOpenTransaction(TestKafka kafka) throws Exception {
        Topics topics = Topics.withPrefix(kafka.uniqueName("live") + ".");
        ClientConfigs configs = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);
        String txId = kafka.uniqueName("live-tx");
        Path watched = Files.createDirectories(tmp.resolve("in"));
        serve("/a", "text/html", page("Court halts CPC loadings", BODY));
        serve("/b", "text/plain", "500");
        pages.put("/b", new String[] {"500", "text/plain", "broken"});
        serveFeed(item("a", "/a", "Court halts loadings", null),
                item("b", "/b", "Kazakhstan position", "<p>" + OTHER + "</p>"),
                item("c", "/c", "Nothing to read", null));

        LiveIngestion first = live(configs, topics, txId, watched);
        first.start();
        writeInPieces(watched.resolve("sub/one.txt"), "Pipeline halted by court\n\n" + WIRE + "\n");
        Files.writeString(watched.resolve("empty.txt"), "");
        Files.writeString(watched.resolve("ignored.txt.tmp"), BODY);
        awaitState(first, () -> produced(first, "watch") == 2 && produced(first, "feed") == 3);
        first.close();

        SourceState watch = state(first, "watch");
        SourceState feed = state(first, "feed");
        assertThat(watch.articles()).isEqualTo(1);
        assertThat(watch.deadLetters()).isEqualTo(1);
        assertThat(feed.articles()).isEqualTo(2);
        assertThat(feed.deadLetters()).as("item c has neither page nor text").isEqualTo(1);
        assertThat(feed.lastError()).isNotNull();
        for (SourceState s : first.states()) {
            assertThat(s.items()).isEqualTo(s.produced() + s.alreadyProduced());
            assertThat(s.pending()).isZero();
        }
        ProduceSummary summary = first.summary();
        assertThat(summary.addsUp()).isTrue();
        assertThat(summary.inputs()).isEqualTo(5);
        assertThat(summary.events()).isGreaterThan(0);
        List<ConsumerRecord<String, byte[]>> deadLetters = readToEnd(configs, topics.deadLetters());
        assertThat(deadLetters).extracting(r -> Serdes.deadLetter().decode(r.value()).getReason().toString())
                .anySatisfy(reason -> assertThat(reason).contains("empty"))
                .anySatisfy(reason -> assertThat(reason).contains("HTTP 404").contains("no text"));
        assertThat(readToEnd(configs, topics.events())).hasSize((int) summary.events());
        assertThat(positionKeys(configs, topics)).hasSize(5);

        // a process killed mid-item leaves its transaction open: the article written, its position not committed
        String crashedKey = SourcePositions.key("watch:" + watched.toAbsolutePath().normalize(), "two.txt");
        try (KafkaProducer<String, byte[]> crashed = new KafkaProducer<>(configs.transactionalProducer(txId))) {
            crashed.initTransactions();
            crashed.beginTransaction();
            crashed.send(new ProducerRecord<>(topics.sourcePositions(), crashedKey,
                    "{\"version\":\"x\"}".getBytes(StandardCharsets.UTF_8))).get();
            crashed.flush();
            // no commit, no abort: what kill -9 leaves behind
            Files.writeString(watched.resolve("two.txt"), "Second report\n\n" + FIFTH);
            serve("/a", "text/html", page("Court halts CPC loadings (updated)", BODY + " Loadings resumed later."));
            serveFeed(item("a", "/a", "Court halts loadings, updated", null),
                    item("b", "/b", "Kazakhstan position", "<p>" + OTHER + "</p>"),
                    item("c", "/c", "Nothing to read", null),
                    item("d", "/d", "New item", "<p>" + THIRD + "</p>"));
            // the crashed producer is dropped without close(): it would abort its own transaction
        } catch (RuntimeException ignored) {
            // closing a fenced producer may complain; what matters is that the transaction was left open
        }

        LiveIngestion second = live(configs, topics, txId, watched);
        second.start();
        awaitState(second, () -> produced(second, "watch") == 1 && produced(second, "feed") == 2);
        Thread.sleep(1500); // a further poll of each source, to see that nothing else comes
        second.close();

        assertThat(state(second, "watch").items()).as("one.txt and empty.txt are known").isEqualTo(1);
        assertThat(state(second, "feed").items()).as("a updated and d new; b and c known").isEqualTo(2);
        Map<String, Long> positions = positionKeys(configs, topics);
        assertThat(positions).hasSize(7);
        assertThat(positions.get(crashedKey)).as("position of two.txt written once, by the restart").isEqualTo(1);
        long committedInputs = readToEnd(configs, topics.articles()).size() + readToEnd(configs, topics.deadLetters())
                .size();
        assertThat(committedInputs).isEqualTo(summary.inputs() + second.summary().inputs()).isEqualTo(8);
    }

    private LiveIngestion live(ClientConfigs configs, Topics topics, String txId, Path watched) throws IOException {
        HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivate(true)
                .withPerHostDelay(Duration.ofMillis(20)), Clock.systemUTC());
        List<LiveSource> sources = List.of(
                new WatchedFolder(watched, Duration.ofMillis(300), Duration.ofMillis(500), 1 << 20, Clock.systemUTC()),
                new FeedSource(uri("/feed.xml"), Duration.ofSeconds(1), fetcher, Clock.systemUTC()));
        ArticlePipeline pipeline = new ArticlePipeline(new Ingestor(IngestOptions.defaults()),
                EventExtractor.createDefault());
        return new LiveIngestion(configs, topics, txId, pipeline, sources, Clock.systemUTC());
    }

    private static long produced(LiveIngestion live, String kind) {
        return state(live, kind).produced();
    }

    private static SourceState state(LiveIngestion live, String kind) {
        return live.states().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static void awaitState(LiveIngestion live, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("sources: %s", live.states()).isLessThan(deadline);
            assertThat(live.failure()).isEmpty();
            Thread.sleep(100);
        }
    }

    private static void writeInPieces(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < bytes.length; i += 60) {
                out.write(bytes, i, Math.min(60, bytes.length - i));
                out.flush();
                Thread.sleep(100);
            }
        }
    }

    private void serve(String path, String type, String body) {
        pages.put(path, new String[] {"200", type, body});
    }

    private void serveFeed(String... items) {
        serve("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T"
                + "</title>" + String.join("", items) + "</channel></rss>");
    }

    private String item(String guid, String path, String title, String description) {
        return "<item><guid>" + guid + "</guid><link>" + uri(path) + "</link><title>" + title + "</title>"
                + (description == null ? "" : "<description><![CDATA[" + description + "]]></description>")
                + "</item>";
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | World</nav><article><h1>" + title
                + "</h1><p>" + body + "</p></article><footer>All rights reserved.</footer></body></html>";
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** How many committed position records each key has. */
    private static Map<String, Long> positionKeys(ClientConfigs configs, Topics topics) {
        return readToEnd(configs, topics.sourcePositions()).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private static List<ConsumerRecord<String, byte[]>> readToEnd(ClientConfigs configs, String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(configs.readCommittedConsumer(null))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                assertThat(System.nanoTime()).as("reading %s", topic).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }


}
