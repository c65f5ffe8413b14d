package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static String line(Map<String, Object> fields) throws Exception {
        return JSON.writeValueAsString(fields);
    }

    @Test
    void shouldDeadLetterOnlyTheBadLineWhenOneLineIsMalformed() throws Exception {
        String good1 = line(Map.of("title", "Dock strike", "text", Samples.text(Samples.STRIKE),
                "url", "https://news.example.com/strike", "published", "2023-10-05", "author", "Ada Rinaldi"));
        String good2 = line(Map.of("headline", "Solar farm", "body", Samples.text(Samples.SOLAR),
                "date", "12 marzo 2024", "source", "Orvain Post", "authors", List.of("Sam Lee", "Kim Ode")));
        String content = good1 + "\n{\"title\": \"broken\", \"text\": \n\n" + good2 + "\n";
        List<IngestedArticle> all = Runs.ingest(Runs.write(dir, "feed.jsonl", content));
        assertThat(all).extracting(IngestedArticle::article)
                .containsExactly("feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:4");
        assertThat(all).extracting(IngestedArticle::status)
                .containsExactly(IngestStatus.OK, IngestStatus.DEAD_LETTER, IngestStatus.OK);
        assertThat(all.get(1).reason()).startsWith("line 2: invalid JSON");
        assertThat(all.get(1).excerpt()).startsWith("{\"title\": \"broken\"");

        IngestedArticle first = all.get(0);
        assertThat(first.title()).isEqualTo("Dock strike");
        assertThat(first.author()).isEqualTo("Ada Rinaldi");
        assertThat(first.published()).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(first.source()).isEqualTo("news.example.com");
        assertThat(first.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
        assertThat(first.segments()).allSatisfy(s -> assertThat(s.sourceStart()).isEqualTo(-1));

        IngestedArticle second = all.get(2);
        assertThat(second.title()).isEqualTo("Solar farm");
        assertThat(second.author()).isEqualTo("Sam Lee, Kim Ode");
        assertThat(second.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(second.source()).isEqualTo("Orvain Post");
    }

    @Test
    void shouldDeadLetterWhenRecordHasNoTextOrIsNotAnObject() throws Exception {
        String content = line(Map.of("title", "no text here")) + "\n[1, 2, 3]\n";
        List<IngestedArticle> all = Runs.ingest(Runs.write(dir, "odd.jsonl", content));
        assertThat(all).extracting(IngestedArticle::reason)
                .containsExactly("line 1: no text field (expected one of text, body, content, article)",
                        "line 2: not a JSON object");
    }

    @Test
    void shouldParseHtmlInsideJsonWhenTextFieldHoldsMarkup() throws Exception {
        String html = HtmlFormatTest.page("", Samples.SOLAR);
        List<IngestedArticle> all = Runs.ingest(Runs.write(dir, "html.jsonl", line(Map.of("content", html)) + "\n"));
        assertThat(all).singleElement().satisfies(a -> assertThat(a.text())
                .isEqualTo(String.join("\n\n", Samples.SOLAR)));
    }

    @Test
    void shouldStreamGzipCompressedJsonLinesWhenFileEndsInJsonlGz() throws Exception {
        String content = line(Map.of("text", Samples.text(Samples.STRIKE))) + "\n"
                + line(Map.of("text", Samples.text(Samples.SOLAR))) + "\n";
        List<IngestedArticle> all = Runs.ingest(Runs.write(dir, "feed.jsonl.gz", Runs.gzip(content)));
        assertThat(all).extracting(IngestedArticle::article).containsExactly("feed.jsonl.gz:1", "feed.jsonl.gz:2");
        assertThat(all).extracting(IngestedArticle::status).containsOnly(IngestStatus.OK);
    }

    @Test
    void shouldDeadLetterALineWhenItExceedsTheSizeLimit() throws Exception {
        String big = line(Map.of("text", Samples.text(Samples.STRIKE).repeat(3)));
        String small = line(Map.of("text", Samples.text(Samples.SOLAR)));
        Path file = Runs.write(dir, "mixed.jsonl", big + "\n" + small + "\n");
        List<IngestedArticle> all = Runs.ingest(IngestOptions.defaults().withDetectLanguage(false)
                .withLimits(IngestLimits.defaults().withMaxRecordBytes(small.length() + 10)), file);
        assertThat(all).extracting(IngestedArticle::status)
                .containsExactly(IngestStatus.DEAD_LETTER, IngestStatus.OK);
        assertThat(all.get(0).reason()).isEqualTo("line 1: over the " + (small.length() + 10) + " bytes record limit");
    }
}
