package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer skips a malformed row with a warning; in the committed files every row must be read. */
class LabelledSentenceFilesTest {
    private static final Path SENTENCES = Path.of("src/test/resources/corpora/sentences");

    private final TrainingData data = new TrainingData(new Engine(new DataFiles(null), EventExtractor.VERSION));

    @Test
    void shouldReadEveryRowOfEveryCommittedSentenceFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SENTENCES)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int rows = 0;
        for (Path file : files) {
            long lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
            assertThat(data.fromTsv(file)).as(file.toString()).hasSize((int) lines);
            rows += (int) lines;
        }
        assertThat(data.warnings()).isEmpty();
        assertThat(rows).as("the issue asks for at least 1,500 labelled sentences").isGreaterThanOrEqualTo(1500);
    }

    @Test
    void shouldWarnWhenARowCarriesALabelTheVocabularyDoesNotHave(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("bad.tsv");
        Files.writeString(tsv, "types\tlabels\tmodality\tsentence\n"
                + "stance\tfriendly\tasserted\tAnkara hailed the agreement with Baku.\n"
                + "none\t-\tasserted\tThe pipeline carries a fifth of the country's exports.\n");
        assertThat(data.fromTsv(tsv)).hasSize(1);
        assertThat(data.warnings()).singleElement().asString().contains("bad.tsv:2");
    }
}
