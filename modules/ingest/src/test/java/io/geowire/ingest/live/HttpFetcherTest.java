package io.geowire.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private TestSite site;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivate(true).withPerHostDelay(Duration.ZERO)
                .withReadTimeout(Duration.ofMillis(700)).withMaxBytes(10_000), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void shouldSendUserAgentNamingGeowireWhenFetching() throws Exception {
        site.serve("/a", "text/html", "<p>hello</p>");

        HttpFetcher.Response r = fetcher.get(site.uri("/a"));

        assertThat(new String(r.body())).isEqualTo("<p>hello</p>");
        assertThat(site.requests).filteredOn(q -> q.path().equals("/a"))
                .allSatisfy(q -> assertThat(q.userAgent()).startsWith("geowire/"));
    }

    @Test
    void shouldNameStatusWhenPageAnswers404Or500() {
        site.status("/e", 500);

        assertThatThrownBy(() -> fetcher.get(site.uri("/missing"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> fetcher.get(site.uri("/e"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void shouldStopWhenRedirectsLoop() {
        site.redirect("/x", "/y");
        site.redirect("/y", "/x");

        assertThatThrownBy(() -> fetcher.get(site.uri("/x"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("redirect loop");
    }

    @Test
    void shouldStopWhenRedirectsExceedTheLimit() {
        for (int i = 0; i < 10; i++) {
            site.redirect("/r" + i, "/r" + (i + 1));
        }

        assertThatThrownBy(() -> fetcher.get(site.uri("/r0"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("too many redirects");
        assertThat(site.count("/r6")).isZero();
    }

    @Test
    void shouldFollowRedirectWhenWithinLimit() throws Exception {
        site.redirect("/old", "/new");
        site.serve("/new", "text/html", "moved here");

        HttpFetcher.Response r = fetcher.get(site.uri("/old"));

        assertThat(r.uri().getPath()).isEqualTo("/new");
        assertThat(new String(r.body())).isEqualTo("moved here");
    }

    @Test
    void shouldRefuseWhenPageIsOverTheSizeLimit() {
        site.serve("/big", "text/html", "x".repeat(20_000));
        // without a Content-Length the limit is found while reading
        site.answer("/chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write("y".repeat(1000).getBytes());
                }
            }
        });

        assertThatThrownBy(() -> fetcher.get(site.uri("/big"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("over the 10000 bytes limit");
        assertThatThrownBy(() -> fetcher.get(site.uri("/chunked"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("over the 10000 bytes limit");
    }

    @Test
    void shouldTimeOutWhenAnswerIsSlow() {
        site.answer("/slow-headers", ex -> {
            sleep(3000);
            TestSite.send(ex, 200, "text/html", "late");
        });
        site.answer("/slow-body", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("first part".getBytes());
            out.flush();
            sleep(3000);
            out.write("second part".getBytes());
            out.close();
        });

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.get(site.uri("/slow-headers"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("timed out");
        assertThatThrownBy(() -> fetcher.get(site.uri("/slow-body"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void shouldObeyRobotsTxtWhenItDisallowsPath() throws Exception {
        site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\n"
                + "Disallow: /\n");
        site.serve("/private/a", "text/html", "secret");
        site.serve("/public/a", "text/html", "open");

        assertThat(new String(fetcher.get(site.uri("/public/a")).body())).isEqualTo("open");
        assertThatThrownBy(() -> fetcher.get(site.uri("/private/a"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("robots.txt");
        assertThat(site.count("/private/a")).isZero();
        assertThat(site.count("/robots.txt")).isEqualTo(1);
    }

    @Test
    void shouldRefuseLoopbackAndOtherSchemesWhenPrivateNotAllowed() {
        HttpFetcher strict = new HttpFetcher(FetchPolicy.defaults(), Clock.systemUTC());
        site.serve("/a", "text/html", "x");

        assertThatThrownBy(() -> strict.get(site.uri("/a"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("private or loopback");
        assertThatThrownBy(() -> strict.get(java.net.URI.create("file:///etc/passwd")))
                .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
        assertThat(site.count("/a")).isZero();
        strict.close();
    }

    @Test
    void shouldAnswerNotModifiedWhenEtagMatches() throws Exception {
        site.serveWithEtag("/feed", "application/rss+xml", "<rss/>", "\"v1\"");

        HttpFetcher.Response first = fetcher.get(site.uri("/feed"));
        HttpFetcher.Response second = fetcher.get(site.uri("/feed"), first.etag(), first.lastModified());

        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.notModified()).isTrue();
    }

    @Test
    void shouldWaitPerHostDelayWhenAskingTheSameHostTwice() throws Exception {
        HttpFetcher polite = new HttpFetcher(FetchPolicy.defaults().withAllowPrivate(true)
                .withPerHostDelay(Duration.ofMillis(300)), Clock.systemUTC());
        site.serve("/a", "text/html", "x");

        // turns are booked start to start: robots.txt, /a, then /a again are three turns, two delays apart at least,
        // however long each answer takes (timing the second get alone fails when the first answer was slow)
        long start = System.nanoTime();
        polite.get(site.uri("/a"));
        polite.get(site.uri("/a"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(590));
        polite.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
