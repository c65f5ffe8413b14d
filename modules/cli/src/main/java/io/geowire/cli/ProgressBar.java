package io.geowire.cli;

import io.geowire.ingest.IngestListener;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Draws ingestion progress on one terminal line (files, articles per second, dead letters), redrawn with a carriage
 * return at most every {@code REDRAW_NANOS}, then a one-line summary. Draws nothing but the summary when disabled,
 * which {@link #forConsole(PrintStream)} does when no console is attached (so logs and pipes stay clean).
 */
final class ProgressBar implements IngestListener {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 20;

    private final PrintStream out;
    private final boolean live;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private long file;
    private long files;
    private long articles;
    private long deadLetters;
    private long duplicates;
    private int drawnWidth;

    ProgressBar(PrintStream out, boolean live) {
        this(out, live, System::nanoTime);
    }

    /** With an injectable clock (nanoseconds), so rates can be tested without waiting. */
    ProgressBar(PrintStream out, boolean live, LongSupplier clock) {
        this.out = out;
        this.live = live;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Live only when a console is attached to this JVM. */
    static ProgressBar forConsole(PrintStream out) {
        return new ProgressBar(out, System.console() != null);
    }

    @Override
    public void onFile(String path, long fileIndex, long totalFiles) {
        file = fileIndex;
        files = totalFiles;
        redraw(false);
    }

    @Override
    public void onArticle(IngestedArticle article, long bytesSoFar) {
        articles++;
        if (article.status() == IngestStatus.DEAD_LETTER) {
            deadLetters++;
        } else if (article.status() == IngestStatus.DUPLICATE) {
            duplicates++;
        }
        redraw(false);
    }

    @Override
    public void onFinish(IngestSummary summary) {
        if (live) {
            redraw(true);
            out.print('\n');
        }
        out.println(summaryLine(summary));
        out.flush();
    }

    /** The line a live bar shows now. */
    public String line() {
        double seconds = Math.max(clock.getAsLong() - start, 1) / 1e9;
        int filled = files == 0 ? 0 : (int) (WIDTH * file / files);
        return String.format(Locale.ROOT, "[%s%s] files %d/%d | articles %d (%.1f/s) | duplicates %d | dead letters %d",
                "#".repeat(filled), " ".repeat(WIDTH - filled), file, files, articles, articles / seconds, duplicates,
                deadLetters);
    }

    /** One line for the end of a run. */
    public static String summaryLine(IngestSummary s) {
        return String.format(Locale.ROOT,
                "ingested %d articles: %d ok, %d duplicates, %d dead letters; %.1f MB in %.2f s (%.1f MB/s)",
                s.inputs(), s.ok(), s.duplicates(), s.deadLetters(), s.bytes() / 1e6, s.elapsed().toNanos() / 1e9,
                s.megabytesPerSecond());
    }

    private void redraw(boolean force) {
        if (!live) {
            return;
        }
        long now = clock.getAsLong();
        if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = line();
        // pad over the remains of a longer previous line
        out.print('\r' + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        drawnWidth = line.length();
        out.flush();
    }
}
