package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code train} writes what it fitted: an output path may name a folder that does not exist yet. */
class TrainOutputFilesTest {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));

    @TempDir
    Path tmp;

    @Test
    void shouldCreateTheFieldsFileFolderWhenItDoesNotExistYet() throws IOException {
        assumeThat(Files.isDirectory(SHARED.resolve("gold"))).as("../shared/gold beside the checkout").isTrue();
        // the seeds alone: the ranker fits in a second, and the folder question is the same as for the full sources
        Path sources = tmp.resolve("sources.tsv");
        Files.writeString(sources, "train\t" + SHARED.resolve("corpus").toAbsolutePath() + "\t"
                + SHARED.resolve("gold").toAbsolutePath() + "\n");
        Path fields = tmp.resolve("not/made/yet/fields.tsv");

        CliRunner result = CliRunner.run("train", "--fields-only", "--sources", sources.toString(),
                "--fields-out", fields.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(fields).isRegularFile();
        assertThat(Files.readString(fields)).contains("\t");
        assertThat(result.out()).contains("wrote " + fields);
    }
}
