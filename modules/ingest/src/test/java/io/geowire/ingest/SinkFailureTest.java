package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing consumer (say, Kafka is down) is the caller's problem, not a bad input. */
class SinkFailureTest {

    private static final String ARTICLE = """
            Grain corridor talks resume

            Negotiators from the three governments met again on Tuesday to discuss how grain shipments could \
            continue through the sea lanes, officials said, after a pause of several weeks in the talks.
            """;

    @Test
    void shouldRethrowConsumerFailureWithoutTurningTheArticleIntoDeadLetter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("b.jsonl"), "{\"title\":\"t\",\"text\":\"" + ARTICLE.replace("\n", " ") + "\"}\n");
        List<IngestedArticle> seen = new ArrayList<>();
        IllegalStateException kafkaDown = new IllegalStateException("simulated producer failure");

        assertThatThrownBy(() -> new Ingestor(IngestOptions.defaults().withDetectLanguage(false))
                .ingest(List.of(dir.toString()), article -> {
                    seen.add(article);
                    throw kafkaDown;
                }))
                .isSameAs(kafkaDown);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).status()).isEqualTo(IngestStatus.OK);
    }

    @Test
    void shouldRethrowConsumerFailureForJsonLinesRecord(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.jsonl"), "{\"title\":\"t\",\"text\":\"" + ARTICLE.replace("\n", " ") + "\"}\n");
        List<IngestedArticle> seen = new ArrayList<>();

        assertThatThrownBy(() -> new Ingestor(IngestOptions.defaults().withDetectLanguage(false))
                .ingest(List.of(dir.toString()), article -> {
                    seen.add(article);
                    throw new IllegalStateException("down");
                }))
                .hasMessage("down");
        assertThat(seen).extracting(IngestedArticle::status).containsExactly(IngestStatus.OK);
    }
}
