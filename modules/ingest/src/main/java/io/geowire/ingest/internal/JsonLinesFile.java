package io.geowire.ingest.internal;

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

    /** JSON Lines from disk stream line by line, so big corpora need no more memory than their longest line. */
    long read(Input in, Consumer<IngestedArticle> sink) throws IOException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(in.path()), 65536)) {
            file.mark(2);
            byte[] head = file.readNBytes(2);
            file.reset();
            CountingStream counted = new CountingStream(file);
            InputStream src = InputReader.isGzip(head) ? new java.util.zip.GZIPInputStream(counted, 65536) : counted;
            LineReader lines = new LineReader(src, options.maxBytes());
            int lineNo = 0;
            boolean any = false;
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                lineNo++;
                if (lines.truncated()) {
                    Origin o = new Origin(in.article() + ":" + lineNo, in.display(), null,
                            InputReader.byteExcerpt(line, options.excerptChars()), false, null);
                    sink.accept(assembler.deadLetter(o, "too large: line over " + options.maxBytes() + " bytes", line));
                    any = true;
                    continue;
                }
                InputReader.Decoded d = InputReader.decode(line);
                any |= records.accept(in, lineNo, d.text(), d.charset(), sink);
            }
            if (!any) {
                Origin o = new Origin(in.article(), in.display(), null, "", false, null);
                sink.accept(assembler.deadLetter(o, "empty file: no JSON lines", null));
            }
            return counted.count;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            Origin o = new Origin(in.article(), in.display(), null, in.display(), false, null);
            sink.accept(assembler.deadLetter(o, "corrupt gzip: " + SourceFiles.describe(e), null));
            return 0;
        }
    }

    /** Counts the bytes read through it (the compressed size, for gzip). */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
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
