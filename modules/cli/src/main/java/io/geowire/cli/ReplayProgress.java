package io.geowire.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One redrawn line while a replay sends or reprocesses: how far it got and which publication date it reached.
 * Live only with a console attached (like the ingest progress bar), so logs and pipes get just the final line.
 */
final class ReplayProgress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 20;

    private final PrintStream out;
    private final long total;
    private final boolean live;
    private long done;
    private LocalDate reached;
    private long lastDraw;

    ReplayProgress(PrintStream out, long total) {
        this(out, total, System.console() != null);
    }

    ReplayProgress(PrintStream out, long total, boolean live) {
        this.out = out;
        this.total = total;
        this.live = live;
    }

    void sent(LocalDate date) {
        done++;
        if (date != null) {
            reached = date;
        }
        draw(false);
    }

    /** For reprocessing: the absolute count of processed records. */
    void processed(long count) {
        done = count;
        draw(false);
    }

    void done() {
        draw(true);
        if (live) {
            out.print('\n');
        }
        out.println(line());
        out.flush();
    }

    String line() {
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, WIDTH * done / total);
        return String.format(Locale.ROOT, "replay [%s%s] %d/%d%s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, reached == null ? "" : " | published up to " + reached);
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!live || (!force && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        lastDraw = now;
        out.print('\r' + line());
        out.flush();
    }
}
