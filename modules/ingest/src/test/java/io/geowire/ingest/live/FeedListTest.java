package io.geowire.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

    @Test
    void shouldReadUrlsAndIntervalsWhenFileHasCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                # world
                https://news.example.org/rss.xml

                http://wire.example.com/atom.xml 90s
                https://a.example/feed PT2M
                """);

        List<FeedList.Feed> feeds = FeedList.read(file, Duration.ofMinutes(5));

        assertThat(feeds).extracting(FeedList.Feed::interval)
                .containsExactly(Duration.ofMinutes(5), Duration.ofSeconds(90), Duration.ofMinutes(2));
    }

    @Test
    void shouldNameLineWhenItIsNotAnHttpFeed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://ok.example/rss\nfile:///etc/passwd\n");

        assertThatThrownBy(() -> FeedList.read(file, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2")
                .hasMessageContaining("only http(s)");
    }

    @Test
    void shouldParseMillisecondsAndRejectGarbageWhenGivenIntervals() {
        assertThat(FeedList.interval("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(FeedList.interval("1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> FeedList.interval("soon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedList.parseLine("https://x.example/rss 500ms", Duration.ofMinutes(5)))
                .hasMessageContaining("minimum");
    }

    @Test
    void shouldSayWhichIntervalIsTooShortWhenTheDefaultIsUnderOneSecond() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> FeedList.parseLine("https://example.org/rss", java.time.Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--feed-interval").hasMessageContaining("minimum of 1 s");
    }
}
