package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRedrawWithCarriageReturnsWhenLive() {
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(out, true, clock::get);
        bar.onFile("a.txt", 1, 2);
        clock.addAndGet(2_000_000_000L);
        IngestedArticle dead = new Ingestor(IngestOptions.defaults()).ingestText("empty.txt", "");
        bar.onArticle(dead, 10);
        assertThat(bar.line()).contains("files 1/2", "articles 1 (0.5/s)", "dead letters 1");
        bar.onFinish(new IngestSummary(1, 0, 0, 1, 10, Duration.ofSeconds(2)));
        assertThat(printed()).startsWith("\r[").contains("\r[##########          ] files 1/2")
                .endsWith("ingested 1 articles: 0 ok, 0 duplicates, 1 dead letters; 0.0 MB in 2.00 s (0.0 MB/s)"
                        + System.lineSeparator());
    }

    @Test
    void shouldPrintOnlyTheSummaryWhenNoConsoleIsAttached() throws IOException {
        Files.writeString(dir.resolve("a.txt"), InspectViewTest.STRIKE);
        Files.writeString(dir.resolve("b.txt"), "");
        IngestSummary s = new Ingestor(IngestOptions.defaults().withDetectLanguage(false))
                .ingest(List.of(dir.toString()), a -> { }, new ProgressBar(out, false));
        assertThat(printed()).doesNotContain("\r").startsWith("ingested 2 articles: 1 ok, 0 duplicates, 1 dead "
                + "letters").hasLineCount(1);
        assertThat(ProgressBar.summaryLine(s)).isEqualTo(printed().strip());
    }

    @Test
    void shouldNotRedrawMoreOftenThanTenTimesASecondWhenArticlesArriveFast() {
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(out, true, clock::get);
        IngestedArticle dead = new Ingestor(IngestOptions.defaults()).ingestText("empty.txt", "");
        for (int i = 0; i < 50; i++) {
            clock.addAndGet(1_000_000L);
            bar.onArticle(dead, i);
        }
        assertThat(printed().chars().filter(c -> c == '\r').count()).isEqualTo(1);
    }
}
