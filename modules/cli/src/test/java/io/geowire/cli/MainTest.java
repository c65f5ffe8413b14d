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
}
