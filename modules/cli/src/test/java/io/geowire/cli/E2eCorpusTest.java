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
}
