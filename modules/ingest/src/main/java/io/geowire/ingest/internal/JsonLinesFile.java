package io.geowire.ingest.internal;

import io.geowire.ingest.IngestLimits;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.internal.ArticleAssembler.Origin;
import io.geowire.ingest.internal.SourceFiles.Input;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Consumer;

/** Streams a JSON Lines file (gzip or not) from disk, one record at a time, with the size limit applied per line. */
final class JsonLinesFile {
    /** Handles one line; returns whether it was a record (blank lines are not). */
    interface Records {
        boolean accept(Input in, int lineNo, String line, String charset, Consumer<IngestedArticle> sink);
    }

    private final IngestOptions options;
    private final ArticleAssembler assembler;
    private final Records records;

    JsonLinesFile(IngestOptions options, ArticleAssembler assembler, Records records) {
        this.options = options;
        this.assembler = assembler;
        this.records = records;
    }

    /**
     * JSON Lines from disk stream line by line, so big corpora need no more memory than their longest line. The
     * file limit (and for gzip the compression ratio) is checked while streaming: lines read before a limit trips
     * stay emitted, and the unread rest of the file becomes one dead letter.
     */
    long read(Input in, Consumer<IngestedArticle> sink) throws IOException {
        IngestLimits limits = options.limits();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(in.path()), 65536)) {
            file.mark(2);
            byte[] head = file.readNBytes(2);
            file.reset();
            boolean gzip = InputReader.isGzip(head);
            long size = Files.size(in.path());
            if (!gzip && size > limits.maxFileBytes()) {
                Origin o = new Origin(in.article(), in.display(), null, in.display(), false, null);
                sink.accept(assembler.deadLetter(o, "size " + SourceFiles.approximate(size) + " is over the "
                        + IngestLimits.size(limits.maxFileBytes()) + " file limit", null));
                return 0;
            }
            SizeGuard guard = SizeGuard.open(file, gzip, limits.maxFileBytes(), "file", limits.maxCompressionRatio());
            LineReader lines = new LineReader(new BufferedInputStream(guard, 65536), limits.maxRecordBytes());
            int lineNo = 0;
            boolean any = false;
            try {
                for (byte[] line = lines.next(); line != null; line = lines.next()) {
                    lineNo++;
                    if (lines.truncated()) {
                        Origin o = new Origin(in.article() + ":" + lineNo, in.display(), null,
                                InputReader.byteExcerpt(line, options.excerptChars()), false, null);
                        sink.accept(assembler.deadLetter(o, "line " + lineNo + ": over the "
                                + IngestLimits.size(limits.maxRecordBytes()) + " record limit", null));
                        any = true;
                        continue;
                    }
                    InputReader.Decoded d = InputReader.decode(line);
                    any |= records.accept(in, lineNo, d.text(), d.charset(), sink);
                }
            } catch (InputReader.TooLargeException e) {
                int from = lineNo + 1;
                Origin o = new Origin(in.article() + ":" + from, in.display(), null, in.display(), false, null);
                sink.accept(assembler.deadLetter(o, e.getMessage() + " (lines from " + from + " on not read)", null));
                return guard.rawBytes();
            }
            if (!any) {
                Origin o = new Origin(in.article(), in.display(), null, "", false, null);
                sink.accept(assembler.deadLetter(o, "empty file: no JSON lines", null));
            }
            return guard.rawBytes();
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            Origin o = new Origin(in.article(), in.display(), null, in.display(), false, null);
            sink.accept(assembler.deadLetter(o, "corrupt gzip: " + SourceFiles.describe(e), null));
            return 0;
        }
    }

    /** Splits a byte stream on '\n'; a line longer than the cap is cut and flagged, its rest skipped. */
    private static final class LineReader {
        private final InputStream in;
        private final long cap;
        private boolean truncated;

        LineReader(InputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            truncated = false;
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                if (line.size() < cap) {
                    line.write(b);
                } else {
                    truncated = true;
                }
                b = in.read();
            }
            byte[] bytes = line.toByteArray();
            int len = bytes.length;
            if (len > 0 && bytes[len - 1] == '\r') {
                return java.util.Arrays.copyOf(bytes, len - 1);
            }
            return bytes;
        }

        boolean truncated() {
            return truncated;
        }
    }
}
