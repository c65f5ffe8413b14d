package io.geowire.ingest;

/** What ingestion decided about one input article. */
public enum IngestStatus {
    OK, DEAD_LETTER, DUPLICATE;

    /** The lower-case name used in JSON output and on topics. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
