package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One JSON article that arrives on its own, as a raw-articles record does: exactly one result, whatever it holds. */
class JsonRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults()
            .withLimits(IngestLimits.defaults().withMaxRecordBytes(20_000)));

    private static byte[] json(Map<String, Object> fields) throws Exception {
        return JSON.writeValueAsBytes(fields);
    }

    @Test
    void shouldIngestTextAndMetadataWhenRecordIsPrettyPrintedJson() throws Exception {
        byte[] value = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("title", "Dock strike",
                "text", Samples.text(Samples.STRIKE), "url", "https://news.example.com/strike",
                "published", "2023-10-05", "source", "Harbour Daily"));

        IngestedArticle a = ingestor.ingestRecord("raw-articles-0@7", value);

        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.article()).isEqualTo("raw-articles-0@7");
        assertThat(a.title()).isEqualTo("Dock strike");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(a.source()).isEqualTo("Harbour Daily");
        assertThat(a.url()).isEqualTo("https://news.example.com/strike");
    }

    @Test
    void shouldTakeHtmlFieldWhenRecordHasNoText() throws Exception {
        String html = "<html><body><article><p>" + String.join("</p><p>", Samples.STRIKE) + "</p></article></body></html>";

        IngestedArticle a = ingestor.ingestRecord("r@1", json(Map.of("title", "Dock strike", "html", html)));

        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.text()).contains(Samples.STRIKE.get(0).substring(0, 40)).doesNotContain("<p>");
    }

    @Test
    void shouldDeadLetterWithReasonWhenRecordIsNotJson() {
        IngestedArticle a = ingestor.ingestRecord("r@2", "just some words".getBytes(StandardCharsets.UTF_8));

        assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(a.reason()).startsWith("invalid JSON");
        assertThat(a.excerpt()).isEqualTo("just some words");
    }

    @Test
    void shouldDeadLetterWithReasonWhenRecordHasNoText() throws Exception {
        IngestedArticle a = ingestor.ingestRecord("r@3", json(Map.of("title", "only a title")));

        assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(a.reason()).startsWith("no text field");
    }

    @Test
    void shouldDeadLetterWithReasonWhenRecordIsEmptyOrOversized() throws Exception {
        IngestedArticle empty = ingestor.ingestRecord("r@4", null);
        IngestedArticle big = ingestor.ingestRecord("r@5", json(Map.of("text", "word ".repeat(10_000))));

        assertThat(empty.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(empty.reason()).isEqualTo("empty record");
        assertThat(big.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(big.reason()).contains("over the").contains("record limit");
        assertThat(empty.id()).isNotEqualTo(ingestor.ingestRecord("r@6", null).id());
    }
}
