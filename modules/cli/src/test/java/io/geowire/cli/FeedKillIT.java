package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --feeds} killed with SIGKILL while its feed keeps growing, then started again on the same data dir:
 * every feed item ends up on the articles topic and in the state exactly once. The feed source's counterpart of
 * {@link LiveSourcesCrashIT}: the feed is served by the test on loopback (hence {@code --allow-private-feeds}),
 * with one new item every few hundred milliseconds, each linking to its own article page.
 */
@KafkaIT
class FeedKillIT {

    private static final int ITEMS = 24;
    private static final long PUBLISH_EVERY_MS = 300;
    /** How many items the feed may list beyond those produced, so that it is still growing at the kill. */
    private static final int AHEAD = 4;

    /** How many items the feed lists now (the newest first, as feeds do). */
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger feedRequests = new AtomicInteger();

    @Test
    void shouldHoldEveryFeedItemOnceWhenRunIsKilledAndStartedAgain(TestKafka kafka, @TempDir Path tmp)
            throws Exception {
        HttpServer site = serveSite();
        try {
            killAndRestart(kafka, tmp, site.getAddress().getPort());
        } finally {
            site.stop(0);
        }
    }

    private void killAndRestart(TestKafka kafka, Path tmp, int sitePort) throws Exception {
        Path feeds = Files.writeString(tmp.resolve("feeds.txt"), "http://127.0.0.1:" + sitePort + "/feed.xml\n");
        String prefix = kafka.uniqueName("fkill") + ".";
        Topics topics = Topics.withPrefix(prefix);
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);
        ClientConfigs clients = ClientConfigs.of(kafka.bootstrapServers());
        int port = LiveProbe.freePort();
        // 1 s is the shortest feed interval accepted; the host delay is lowered so that pages follow quickly
        String[] run = {"run", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
            "--application-id", kafka.uniqueName("app"), "--port", Integer.toString(port), "--data-dir",
            tmp.resolve("data").toString(), "--feeds", feeds.toString(), "--allow-private-feeds",
            "--feed-interval", "1s", "--feed-host-delay", "20ms"};

        Process first = ChildJvm.start(tmp.resolve("first.log"), run);
        try {
            // the feed grows while the first process reads it, a few items ahead of what it has produced, from its
            // first request on; the process dies with some items produced and the feed not yet complete
            for (int produced = 0; produced < ITEMS / 3; produced = RawArticles.committedKeys(clients, topics.sourcePositions()).size()) {
                assertThat(first.isAlive()).as("log: %s", LiveProbe.logTail(tmp.resolve("first.log"))).isTrue();
                if (feedRequests.get() > 0 && published.get() < Math.min(ITEMS, produced + AHEAD)) {
                    published.incrementAndGet();
                }
                Thread.sleep(PUBLISH_EVERY_MS);
            }
        } finally {
            ChildJvm.kill(first);
        }
        int producedBeforeKill = RawArticles.committedKeys(clients, topics.sourcePositions()).size();
        System.out.println("FeedKillIT: " + producedBeforeKill + " of " + ITEMS + " feed items produced when killed, "
                + published.get() + " published");
        assertThat(published.get()).as("the feed was still growing when the process died").isLessThan(ITEMS);
        published.set(ITEMS);

        Process second = ChildJvm.start(tmp.resolve("second.log"), run);
        try {
            LiveProbe.awaitRestartCompletes(second, tmp.resolve("second.log"), port, clients, topics, ITEMS,
                    producedBeforeKill, Duration.ofMinutes(2));
            JsonNode summary = LiveProbe.getJson(port, "/api/summary");
            assertThat(summary.path("articles").asLong()).as("every item an article in the state").isEqualTo(ITEMS);
            assertThat(summary.path("duplicates").asLong()).as("no item seen twice").isZero();
            assertThat(summary.path("dead_letters").asLong()).isZero();
        } finally {
            ChildJvm.kill(second);
        }

        assertThat(producedBeforeKill).isBetween(1, ITEMS - 1);
        Map<String, Long> articles = RawArticles.committedKeys(clients, topics.articles());
        assertThat(articles).as("one committed article per item").hasSize(ITEMS);
        assertThat(articles.values()).allMatch(n -> n == 1);
        assertThat(OutputTopics.committedRecords(clients, topics.deadLetters())).isZero();
    }

    /** The feed at /feed.xml and each item's page at /articles/N.html; everything else (robots.txt) is a 404. */
    private HttpServer serveSite() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            feedRequests.incrementAndGet();
            respond(exchange, "application/rss+xml", rss(exchange.getLocalAddress().getPort()));
        });
        server.createContext("/articles/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/articles/".length());
            int n = Integer.parseInt(name.replaceFirst("\\.html$", ""));
            respond(exchange, "text/html; charset=utf-8", page(n));
        });
        server.start();
        return server;
    }

    private String rss(int port) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Regional briefs</title><link>http://127.0.0.1:" + port + "/</link>"
                + "<description>test feed</description>");
        for (int n = published.get() - 1; n >= 0; n--) {
            String link = "http://127.0.0.1:" + port + "/articles/" + n + ".html";
            xml.append("<item><title>Regional brief ").append(n).append("</title><link>").append(link)
                    .append("</link><guid>").append(link).append("</guid><pubDate>")
                    .append(String.format(java.util.Locale.ROOT, "Mon, 02 Jan 2023 %02d:%02d:00 GMT", n / 60, n % 60))
                    .append("</pubDate><description>Brief number ").append(n).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /**
     * The item's article as a page: TextCorpus's text, a paragraph per block, and a paragraph of words drawn for
     * this item. TextCorpus's articles repeat their function words every twelve articles, which near-duplicate
     * detection (stopword shingles) may take for spun copies; the drawn paragraph makes each page its own.
     */
    private static String page(int n) {
        String[] blocks = TextCorpus.article(n).split("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(blocks[0].lines().findFirst().orElse("")).append("</title></head><body><article>");
        html.append("<h1>").append(blocks[0].lines().findFirst().orElse("")).append("</h1>");
        for (String block : blocks) {
            html.append("<p>").append(block.strip()).append("</p>");
        }
        html.append("<p>").append(drawnSentence(n)).append("</p>");
        return html.append("</article></body></html>").toString();
    }

    private static String drawnSentence(int n) {
        String[] stopwords = {"the", "a", "of", "in", "on", "and", "to", "for", "with", "at", "by", "from", "that",
            "was", "were", "is", "after", "before"};
        String[] words = {"harbour", "council", "pipeline", "tanker", "ministry", "border", "grain", "convoy",
            "terminal", "envoy", "refinery", "customs"};
        java.util.Random rnd = new java.util.Random(n);
        StringBuilder b = new StringBuilder("Observers noted");
        for (int w = 0; w < 40; w++) {
            b.append(' ').append(stopwords[rnd.nextInt(stopwords.length)]).append(' ')
                    .append(words[rnd.nextInt(words.length)]);
        }
        return b.append('.').toString();
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
