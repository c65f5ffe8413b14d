package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.api.UnprotectedApiException;
import io.geowire.ingest.IngestException;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void shouldExitWithNoInputWhenAVerbCannotReadItsCorpus() {
        assertThat(Main.exitCode(new IngestException("no such file: corpus"))).isEqualTo(ExitCodes.NO_INPUT);
    }

    @Test
    void shouldExitWithFailureWhenAVerbFailsOtherwise() {
        assertThat(Main.exitCode(new IllegalStateException("broker unreachable"))).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void shouldExitRefusedWhenApiWouldBeUnprotected() {
        assertThat(Main.exitCode(new UnprotectedApiException("no token"))).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void shouldSayWhatHappenedToTheFileWhenTheMessageIsOnlyItsPath() {
        String described = Main.describe(new java.io.UncheckedIOException(
                new java.nio.file.NoSuchFileException("/tmp/none/fields.tsv")));

        assertThat(described).isEqualTo("no such file or folder: /tmp/none/fields.tsv");
    }

    @Test
    void shouldKeepTheVerbsMessageAndAddTheFileProblemWhenBothAreKnown() {
        String described = Main.describe(new java.io.UncheckedIOException("cannot write the model",
                new java.nio.file.AccessDeniedException("/opt/model.json")));

        assertThat(described).isEqualTo("cannot write the model (permission denied: /opt/model.json)");
    }

    @Test
    void shouldPrintTheFirstMessageWhenNoFileIsInvolved() {
        assertThat(Main.describe(new RuntimeException(new IllegalStateException("broker unreachable"))))
                .isEqualTo("java.lang.IllegalStateException: broker unreachable");
        assertThat(Main.describe(new IllegalStateException("broker unreachable"))).isEqualTo("broker unreachable");
    }
}
