package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.Ingestor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E2eCorpusTest {

    @Test
    void shouldWriteArticlesIngestionTakesAsDistinctWhenGenerated(@TempDir Path tmp) throws Exception {
        long bytes = E2eCorpus.write(tmp, 40, 0.5, 7, 0);

        IngestSummary summary = new Ingestor(IngestOptions.defaults()).ingest(List.of(tmp.toString()), a -> { });

        try (var files = Files.list(tmp)) {
            assertThat(files.count()).isEqualTo(40);
        }
        assertThat(summary.bytes()).isEqualTo(bytes);
        assertThat(summary.ok()).as("neither duplicates nor dead letters: " + summary).isEqualTo(40);
    }

    @Test
    void shouldKeepTheWarmUpArticlesApartFromTheMeasuredOnesWhenWrittenAsTheBenchWritesThem(@TempDir Path tmp)
            throws Exception {
        // as bench e2e writes them: the corpus, the latency probe, then the end-to-end warm-up after both
        E2eCorpus.write(tmp.resolve("main"), 30, 1.0, 42, 0);
        E2eCorpus.write(tmp.resolve("probe"), 10, 1.0, 43, 30);
        E2eCorpus.write(tmp.resolve("warm-up"), 10, 1.0, 44, 40);

        // one ingestor over all three: a warm-up article taken as a copy of a measured one would be a duplicate
        IngestSummary summary = new Ingestor(IngestOptions.defaults()).ingest(List.of(tmp.resolve("warm-up").toString(),
                tmp.resolve("main").toString(), tmp.resolve("probe").toString()), a -> { });

        assertThat(summary.ok()).as("neither duplicates nor dead letters: " + summary).isEqualTo(50);
    }
}
