package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.internal.DataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data overlay the context gate's cases are extracted with (train --context-gate-only, issue 11, xctx2). */
class ContextGateRunTest {

    @TempDir
    Path data;

    /** The learned_stance_checks items the engine would read from the overlay (the last row wins). */
    private static List<String> checks(Path overlay) {
        List<String> last = List.of();
        for (String[] r : new DataFiles(overlay).rows("settings.tsv")) {
            if (r[0].equals("learned_stance_checks")) {
                last = Arrays.asList(DataFiles.col(r, 1).split(","));
            }
        }
        return last;
    }

    @Test
    void shouldSwitchTheContextPartiesOnAndTheGateOffWhenTheUsersDataHasTheGateOn() throws IOException {
        Files.writeString(data.resolve("settings.tsv"), "learned_stance_checks\tactor_named,context_gate,opinion\n");
        Files.writeString(data.resolve("people.tsv"), "MNG\tJane Doe\n");
        Path overlay = ContextGateRun.overlayWithContextSwitches(data);
        try {
            assertThat(checks(overlay)).containsExactly("actor_named", "opinion", "context_parties",
                    "context_paragraph");
            // the user's other data files come along, so the cases are those of the extractor being tuned
            assertThat(overlay.resolve("people.tsv")).hasContent("MNG\tJane Doe");
        } finally {
            ContextGateRun.deleteTree(overlay);
        }
        assertThat(overlay).doesNotExist();
    }

    @Test
    void shouldKeepTheBundledChecksWhenNoDataFolderIsGiven() throws IOException {
        Path overlay = ContextGateRun.overlayWithContextSwitches(null);
        try {
            assertThat(checks(overlay)).contains("actor_named", "target_named", "context_parties",
                    "context_paragraph").doesNotContain("context_gate");
        } finally {
            ContextGateRun.deleteTree(overlay);
        }
    }
}
