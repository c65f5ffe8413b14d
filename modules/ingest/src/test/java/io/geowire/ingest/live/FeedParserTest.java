package io.geowire.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final URI BASE = URI.create("https://news.example.org/feeds/world.xml");

    @Test
    void shouldReadGuidLinkAndTextWhenFeedIsRss() throws Exception {
        String xml = Feeds.rss(Feeds.item("g-1", "/world/a", "First", "<p>Body</p>"),
                Feeds.item(null, "https://news.example.org/b", "Second", null));

        List<FeedEntry> entries = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).key()).isEqualTo("g-1");
        assertThat(entries.get(0).link()).isEqualTo("https://news.example.org/world/a");
        assertThat(entries.get(0).description()).isEqualTo("<p>Body</p>");
        assertThat(entries.get(1).key()).isEqualTo("https://news.example.org/b");
        assertThat(entries.get(1).description()).isNull();
    }

    @Test
    void shouldReadIdAlternateLinkAndContentWhenFeedIsAtom() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
                  <entry><id>urn:uuid:1</id><title>Atom one</title>
                    <link rel="self" href="/self"/><link rel="alternate" href="/one"/>
                    <summary>short</summary><content type="html">a longer text</content>
                    <updated>2023-03-06T10:00:00Z</updated></entry>
                </feed>""";

        List<FeedEntry> entries = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("urn:uuid:1");
            assertThat(e.link()).isEqualTo("https://news.example.org/one");
            assertThat(e.description()).isEqualTo("a longer text");
            assertThat(e.updated()).isEqualTo("2023-03-06T10:00:00Z");
        });
    }

    @Test
    void shouldRejectWhenXmlIsMalformed() {
        byte[] xml = "<rss><channel><item><title>cut off".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedParser.parse(xml, BASE)).isInstanceOf(FeedParser.FeedException.class)
                .hasMessageStartingWith("malformed feed XML");
    }

    @Test
    void shouldRefuseEntitiesWhenFeedDeclaresDoctype() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&x;</title></item></channel></rss>";

        assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(FeedParser.FeedException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldRejectWhenDocumentIsNotAFeed() {
        byte[] html = "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedParser.parse(html, BASE)).isInstanceOf(FeedParser.FeedException.class)
                .hasMessageContaining("not an RSS or Atom feed");
    }
}
