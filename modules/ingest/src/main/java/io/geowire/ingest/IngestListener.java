package io.geowire.ingest;

/** Hears about the progress of a run, e.g. to draw a progress bar; called on the ingesting thread. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** A file (or stdin) is about to be read; {@code totalFiles} is known up front. */
    default void onFile(String path, long fileIndex, long totalFiles) {
    }

    /** One article was emitted; {@code bytesSoFar} counts the bytes of the files read so far. */
    default void onArticle(IngestedArticle article, long bytesSoFar) {
    }

    default void onFinish(IngestSummary summary) {
    }
}
