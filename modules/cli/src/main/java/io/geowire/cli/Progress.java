package io.geowire.cli;

import io.geowire.ingest.IngestListener;
import io.geowire.ingest.IngestSummary;
import java.io.PrintWriter;

/**
 * Ingest progress for people: a live bar on a terminal, and one summary line at the end in every case
 * (the bar prints it itself; without a terminal it goes to the verb's error stream).
 */
final class Progress {

    private Progress() {
    }

    static IngestListener onConsole() {
        return System.console() != null ? ProgressBar.forConsole(System.err) : IngestListener.NONE;
    }

    static void summarise(IngestSummary summary, PrintWriter err) {
        if (System.console() == null) {
            err.println(ProgressBar.summaryLine(summary));
            err.flush();
        }
    }
}
