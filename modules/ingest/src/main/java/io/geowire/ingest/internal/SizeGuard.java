package io.geowire.ingest.internal;

import io.geowire.ingest.IngestLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * An input stream that gunzips when asked and counts what comes out, failing with a plain reason as soon as the
 * count passes a size limit or, for gzip, as soon as the output outgrows the compressed bytes read by more than the
 * allowed ratio. The check runs while streaming, so a decompression bomb is stopped after a few megabytes instead of
 * being inflated in full.
 */
final class SizeGuard extends FilterInputStream {
    /**
     * Small on purpose: the ratio can only be judged against compressed bytes already read, and a 64 KB read of a
     * bomb inflates to 64 MB before the first check could see it; with 4 KB a 1000-fold bomb is stopped at 400 KB.
     */
    private static final int GZIP_INPUT_BUFFER = 4096;

    private final Counting raw;
    private final boolean gzip;
    private final long maxBytes;
    private final String limitName;
    private final int maxRatio;
    private long out;

    private SizeGuard(InputStream source, Counting raw, boolean gzip, long maxBytes, String limitName, int maxRatio) {
        super(source);
        this.raw = raw;
        this.gzip = gzip;
        this.maxBytes = maxBytes;
        this.limitName = limitName;
        this.maxRatio = maxRatio;
    }

    /**
     * @param limitName what the size limit is called in the reason ("file" or "record")
     * @throws IOException when {@code gzip} and the gzip header is unreadable
     */
    public static SizeGuard open(InputStream in, boolean gzip, long maxBytes, String limitName, int maxRatio)
            throws IOException {
        Counting raw = new Counting(in);
        InputStream source = gzip ? new GZIPInputStream(raw, GZIP_INPUT_BUFFER) : raw;
        return new SizeGuard(source, raw, gzip, maxBytes, limitName, maxRatio);
    }

    /** Bytes read from the underlying stream: the compressed size for gzip. */
    public long rawBytes() {
        return raw.count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws IOException {
        out += n;
        if (out > maxBytes) {
            throw new InputReader.TooLargeException((gzip ? "decompressed size over the " : "over the ")
                    + IngestLimits.size(maxBytes) + " " + limitName + " limit");
        }
        if (gzip && out > IngestLimits.RATIO_GRACE_BYTES && out > (double) maxRatio * raw.count) {
            throw new InputReader.TooLargeException("decompressed size over " + maxRatio
                    + " times the compressed size (a decompression bomb?)");
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
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
}
