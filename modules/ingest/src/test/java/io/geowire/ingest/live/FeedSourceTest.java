package io.geowire.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedSourceTest {

    private TestSite site;
    private HttpFetcher fetcher;
    private FeedSource source;
    private final List<LiveItem> items = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivate(true).withPerHostDelay(Duration.ZERO)
                .withReadTimeout(Duration.ofSeconds(3)), Clock.systemUTC());
        source = new FeedSource(site.uri("/feed.xml"), Duration.ofSeconds(1), fetcher, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void shouldFetchPageOfEachNewItemWhenFeedListsThem() throws Exception {
        site.serve("/a", "text/html; charset=utf-8", Feeds.page("Page A", Feeds.PARAGRAPH));
        site.serve("/feed.xml", "application/rss+xml", Feeds.rss(Feeds.item("a", site.uri("/a").toString(), "A",
                "short")));

        source.poll(KnownVersions.NONE, items::add);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.itemKey()).isEqualTo("a");
            assertThat(i.name()).endsWith(".html");
            assertThat(new String(i.bytes(), StandardCharsets.UTF_8)).contains("Page A");
        });
        assertThat(source.stats().snapshot().items()).isEqualTo(1);
    }

    @Test
    void shouldUseDescriptionWhenPageCannotBeFetched() throws Exception {
        site.status("/gone", 500);
        site.serve("/feed.xml", "application/rss+xml", Feeds.rss(
                Feeds.item("g", site.uri("/gone").toString(), "Gone", "<p>" + Feeds.PARAGRAPH + "</p>"),
                Feeds.item("n", site.uri("/none").toString(), "Nothing", null)));

        source.poll(KnownVersions.NONE, items::add);

        assertThat(items).hasSize(2);
        assertThat(new String(items.get(0).bytes(), StandardCharsets.UTF_8)).contains(Feeds.PARAGRAPH)
                .contains("<title>Gone</title>");
        assertThat(items.get(1).failure()).contains("HTTP 404").contains("no text");
        SourceState state = source.stats().snapshot();
        assertThat(state.errors()).isEqualTo(2);
        assertThat(state.lastError()).contains("HTTP 404");
    }

    @Test
    void shouldYieldNewVersionOfSameItemWhenFeedUpdatesIt() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", Feeds.rss(Feeds.item("u", null, "Draft", Feeds.PARAGRAPH)));
        source.poll(KnownVersions.NONE, items::add);
        source.poll(KnownVersions.NONE, items::add);
        site.serve("/feed.xml", "application/rss+xml", Feeds.rss(Feeds.item("u", null, "Final",
                Feeds.PARAGRAPH + " Updated.")));

        source.poll(KnownVersions.NONE, items::add);

        assertThat(items).hasSize(2);
        assertThat(items.get(1).itemKey()).isEqualTo(items.get(0).itemKey());
        assertThat(items.get(1).version()).isNotEqualTo(items.get(0).version());
    }

    @Test
    void shouldSkipItemWithoutFetchingWhenItsVersionIsKnown() throws Exception {
        site.serve("/k", "text/html", Feeds.page("K", Feeds.PARAGRAPH));
        site.serve("/feed.xml", "application/rss+xml", Feeds.rss(Feeds.item("k", site.uri("/k").toString(), "K",
                null)));

        source.poll((src, key, version) -> key.equals("k"), items::add);

        assertThat(items).isEmpty();
        assertThat(site.count("/k")).isZero();
    }

    @Test
    void shouldAskConditionallyAndYieldNothingWhenFeedIsNotModified() throws Exception {
        site.serveWithEtag("/feed.xml", "application/rss+xml", Feeds.rss(Feeds.item("e", null, "E",
                Feeds.PARAGRAPH)), "\"e1\"");

        source.poll(KnownVersions.NONE, items::add);
        source.poll(KnownVersions.NONE, items::add);

        assertThat(items).hasSize(1);
        assertThat(site.requests).filteredOn(r -> r.path().equals("/feed.xml")).extracting(r -> r.ifNoneMatch())
                .containsExactly(null, "\"e1\"");
    }

    @Test
    void shouldRecordErrorAndCarryOnWhenFeedIsMalformed() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", "<rss><channel><item>");
        source.poll(KnownVersions.NONE, items::add);
        site.serve("/feed.xml", "application/rss+xml", Feeds.rss(Feeds.item("ok", null, "OK", Feeds.PARAGRAPH)));

        source.poll(KnownVersions.NONE, items::add);

        assertThat(source.stats().snapshot().errors()).as(source.stats().snapshot().toString()).isEqualTo(1);
        assertThat(items).hasSize(1);
        assertThat(source.stats().snapshot().lastError()).startsWith("malformed feed XML");
    }
}
