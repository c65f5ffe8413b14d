package io.geowire.ingest;

import java.util.Locale;

/**
 * Bounds on what one input may cost. An input over a limit becomes a dead letter whose reason names the limit; no
 * input can make ingestion run for minutes or exhaust memory. Sizes are in bytes (1 MB = 1,048,576 bytes).
 *
 * @param maxFileBytes        bytes one input file may hold after decompression; a JSON Lines file streams, so
 *                            this bounds its time, not memory
 * @param maxRecordBytes      bytes of one article: a JSON line, or a whole text or HTML file
 * @param maxCompressionRatio a gzip input may decompress to at most this many times the compressed bytes read so
 *                            far (checked once {@link #RATIO_GRACE_BYTES} have come out)
 * @param maxHtmlDepth        deepest element nesting of an HTML document
 * @param maxTokenChars       longest run of characters without whitespace a paragraph may contain
 */
public record IngestLimits(long maxFileBytes, long maxRecordBytes, int maxCompressionRatio, int maxHtmlDepth,
                           int maxTokenChars) {

    /**
     * The ratio is judged only once this much has come out: a tiny gzip (its header alone is 20 bytes) of a short
     * repetitive page may expand 50-fold without being a bomb. Kept below the size of one article, so that a bomb
     * is stopped before its first record reaches the (costly) article processing.
     */
    public static final long RATIO_GRACE_BYTES = 256L << 10;
    private static final long MB = 1L << 20;
    public static final int DEFAULT_MAX_FILE_MB = 256;
    public static final int DEFAULT_MAX_RECORD_MB = 4;
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
    public static final int DEFAULT_MAX_HTML_DEPTH = 512;
    public static final int DEFAULT_MAX_TOKEN_CHARS = 2000;

    public IngestLimits {
        if (maxFileBytes <= 0 || maxRecordBytes <= 0 || maxCompressionRatio < 2 || maxHtmlDepth < 16
                || maxTokenChars < 64) {
            throw new IllegalArgumentException("invalid ingest limits: file and record sizes must be positive, "
                    + "compression ratio >= 2, HTML depth >= 16, token length >= 64");
        }
    }

    /** Why each default is what it is: docs/ingestion.md, "Limits". */
    public static IngestLimits defaults() {
        return new IngestLimits(
                // about 50,000 articles of JSON Lines, a minute of work at the measured 3-8 MB/s per core;
                // a larger corpus is a deliberate choice (--max-file-size), not an accident
                DEFAULT_MAX_FILE_MB * MB,
                // news pages with inlined scripts and app state reach 2-3 MB; an article's text is 5-50 KB
                DEFAULT_MAX_RECORD_MB * MB,
                // text, HTML and JSON compress 3-10 fold, repetitive markup up to ~20; a bomb 1000 fold
                DEFAULT_MAX_COMPRESSION_RATIO,
                // real pages nest 15-40 deep; browsers' HTML parsers stop nesting at 512 as well
                DEFAULT_MAX_HTML_DEPTH,
                // words are under 40 characters, long URLs under ~2,000; a longer run is an encoded blob
                DEFAULT_MAX_TOKEN_CHARS);
    }

    public IngestLimits withMaxFileBytes(long bytes) {
        return new IngestLimits(bytes, maxRecordBytes, maxCompressionRatio, maxHtmlDepth, maxTokenChars);
    }

    public IngestLimits withMaxRecordBytes(long bytes) {
        return new IngestLimits(maxFileBytes, bytes, maxCompressionRatio, maxHtmlDepth, maxTokenChars);
    }

    public IngestLimits withMaxCompressionRatio(int ratio) {
        return new IngestLimits(maxFileBytes, maxRecordBytes, ratio, maxHtmlDepth, maxTokenChars);
    }

    public IngestLimits withMaxHtmlDepth(int depth) {
        return new IngestLimits(maxFileBytes, maxRecordBytes, maxCompressionRatio, depth, maxTokenChars);
    }

    public IngestLimits withMaxTokenChars(int chars) {
        return new IngestLimits(maxFileBytes, maxRecordBytes, maxCompressionRatio, maxHtmlDepth, chars);
    }

    /** One line for logs and benchmarks. */
    public String describe() {
        return String.format(Locale.ROOT, "file %s, record %s, compression ratio %d, HTML depth %d, token %d chars",
                size(maxFileBytes), size(maxRecordBytes), maxCompressionRatio, maxHtmlDepth, maxTokenChars);
    }

    /** "10 MB", "512 KB" or "1000 bytes": how limits appear in dead-letter reasons. */
    public static String size(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
